// Figures the speeches state for several projects together. They stay with the group: never
// split among the members, never counted again for one of them.
import type { CuratedGroup } from './curatedTypes';

export const groups: CuratedGroup[] = [
  {
    id: 'powerchina-kazakhstan-wind',
    name: {
      zh: '谢列克、札纳塔斯等风电项目',
      en: 'Shelek, Zhanatas and other PowerChina wind farms',
      ru: 'Ветропарки Шелек, Жанатас и другие проекты PowerChina',
    },
    members: ['shelek-wind-60', 'zhanatas-wind-100'],
    // 等项目: the speech says "and other projects", so the total covers more than these two.
    openEnded: true,
    figures: [
      { speech: 's11', quote: '每年为当地提供超5.5亿千瓦时的绿色电力', metric: 'annual_generation', unit: 'kWh/yr' },
    ],
  },
  {
    id: 'navoi-zarafshan',
    name: {
      zh: '纳沃伊光伏电站和泽拉夫善风电项目',
      en: 'Navoi solar and Zarafshan wind projects',
      ru: 'Солнечная станция Навои и ветропарк Зарафшан',
    },
    members: ['navoi-solar-100', 'zarafshan-wind-500'],
    openEnded: false,
    figures: [
      { speech: 's11', quote: '每年可满足约50万户家庭的用电需求', metric: 'households_served', unit: 'households' },
    ],
  },
];
