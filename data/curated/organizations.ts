// Organisations that build, own or host the cited projects. zh names are as the speeches write
// them; figures stated for a whole organisation (jobs, donations, years) belong here, not to a project.
import type { CuratedOrganization } from './curatedTypes';

export const organizations: CuratedOrganization[] = [
  {
    id: 'genertec',
    name: {
      zh: '通用技术集团国际控股有限公司',
      en: 'Genertec International Holding',
      ru: 'Дженертек Интернешнл Холдинг (Genertec)',
    },
    aliases: ['通用技术国际公司'],
    parent: null,
    figures: [],
  },
  {
    id: 'cccc',
    name: {
      zh: '中交集团',
      en: 'China Communications Construction Group (CCCC)',
      ru: 'Китайская корпорация коммуникационного строительства (CCCC)',
    },
    aliases: [],
    parent: null,
    figures: [],
  },
  {
    id: 'cwe',
    name: {
      zh: '中国水利电力对外有限公司',
      en: 'China International Water & Electric Corp. (CWE)',
      ru: 'Китайская международная корпорация водного хозяйства и электроэнергетики (CWE)',
    },
    aliases: [],
    parent: 'cccc',
    figures: [{ speech: 's09', quote: '在中亚地区深耕二十载', metric: 'years_in_region', unit: 'years' }],
  },
  {
    id: 'cnpc',
    name: { zh: '中国石油', en: 'China National Petroleum Corporation (CNPC)', ru: 'Китайская национальная нефтегазовая корпорация (CNPC)' },
    aliases: ['中国石油中亚俄罗斯公司'],
    parent: null,
    figures: [
      { speech: 's10', quote: '中国石油深耕中亚市场28年', metric: 'years_in_region', unit: 'years' },
      { speech: 's10', quote: '在中亚五国创造3万余个就业岗位', metric: 'jobs', unit: 'jobs' },
      { speech: 's10', quote: '在中亚地区公益捐助累计超4亿美元', metric: 'donations', unit: 'USD' },
    ],
  },
  {
    id: 'powerchina',
    name: { zh: '中国电建', en: 'Power Construction Corporation of China (PowerChina)', ru: 'Китайская энергостроительная корпорация (PowerChina)' },
    aliases: ['中国电建欧亚区域总部'],
    parent: null,
    figures: [{ speech: 's11', quote: '为哈萨克斯坦、乌兹别克斯坦提供近万个就业岗位', metric: 'jobs', unit: 'jobs' }],
  },
  {
    id: 'cmg',
    name: { zh: '中央广播电视总台', en: 'China Media Group (CMG)', ru: 'Медиакорпорация Китая (CMG)' },
    // s07 calls it 总台 after the first mention; its speaker heads the Eurasian bureau.
    aliases: ['总台', '中央广播电视总台亚欧总站'],
    parent: null,
    figures: [],
  },
  {
    id: 'xinhua',
    name: { zh: '新华通讯社', en: 'Xinhua News Agency', ru: 'Информационное агентство Синьхуа' },
    aliases: ['新华通讯社阿拉木图分社'],
    parent: null,
    figures: [],
  },
];
