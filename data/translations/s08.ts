// s08: 为中亚能源转型注入强劲动力 — 通用技术集团国际控股有限公司副总经理 武 艺
import type { SpeechTranslation } from './translationTypes';

export const s08: SpeechTranslation = {
  speech: 's08',
  // 为中亚能源转型注入强劲动力
  headline: { source: '8e249ceedf', en: 'Giving Strong Impetus to Central Asia’s Energy Transition', ru: 'Придать мощный импульс энергетическому переходу Центральной Азии' },
  // 通用技术集团国际控股有限公司副总经理 武 艺
  speaker: {
    source: 'fc4b2cab3a',
    name: { en: 'Wu Yi', ru: 'У И' },
    nameSource: { title: 'Hanyu Pinyin / Palladius transcription of the Chinese name', url: null, note: 'Chinese speaker: name as romanised by the atlas' },
    role: { en: 'Deputy General Manager', ru: 'заместитель генерального директора' },
    organization: { en: 'Genertec International Holdings', ru: '«Дженертек Интернешнл Холдингс»' },
  },
  sentences: {
    // 深耕多年，通用技术国际公司在中亚逐渐形成了能源、基础设施建设、产能合作三大领域协同发展的良好局面。
    's08-p01.1': {
      source: '4dc36a4352',
      en: 'After many years of dedicated work, Genertec International has gradually built up in Central Asia a sound pattern of coordinated development across three major fields: energy, infrastructure construction and industrial capacity cooperation.',
      ru: 'За годы кропотливой работы компания «Дженертек Интернешнл» постепенно добилась в Центральной Азии благоприятной ситуации, при которой три основных направления — энергетика, строительство инфраструктуры и сотрудничество в сфере производственных мощностей — развиваются согласованно.',
    },
    // 能源领域，公司积极推动中亚地区的能源结构优化与绿色转型，投资建设乌兹别克斯坦100兆瓦热电联供项目，探索天然气快速发电，实现传统能源清洁利用；哈萨克斯坦150兆瓦风电项目等成为新能源开发的标杆项目，促进当地能源结构转型。
    's08-p02.1': {
      source: 'be7ebef3c5',
      en: 'In energy, the company is actively promoting the optimisation and green transition of Central Asia’s energy mix: it invested in and built the 100 MW combined heat and power project in Uzbekistan, exploring rapid gas-fired power generation and achieving the clean use of conventional energy, while the 150 MW wind power project in Kazakhstan and others have become benchmark projects for new-energy development, driving the transformation of the local energy mix.',
      ru: 'В энергетике компания активно содействует оптимизации структуры энергетики Центральной Азии и её зелёному переходу: она выступила инвестором и строителем проекта ТЭЦ мощностью 100 МВт в Узбекистане, осваивая быструю газовую генерацию и обеспечивая чистое использование традиционных энергоресурсов, а проект ветровой электростанции мощностью 150 МВт в Казахстане и другие проекты стали образцовыми в освоении новых источников энергии, способствуя трансформации местного энергобаланса.',
      quotes: {
        "乌兹别克斯坦100兆瓦热电联供项目": { en: '100 MW combined heat and power project in Uzbekistan', ru: 'проекта ТЭЦ мощностью 100 МВт в Узбекистане' },
        "投资建设乌兹别克斯坦100兆瓦热电联供项目": { en: 'invested in and built the 100 MW combined heat and power project in Uzbekistan', ru: 'выступила инвестором и строителем проекта ТЭЦ мощностью 100 МВт в Узбекистане' },
        "哈萨克斯坦150兆瓦风电项目": { en: '150 MW wind power project in Kazakhstan', ru: 'проект ветровой электростанции мощностью 150 МВт в Казахстане' },
        "哈萨克斯坦150兆瓦风电项目等成为新能源开发的标杆项目": { en: 'the 150 MW wind power project in Kazakhstan and others have become benchmark projects for new-energy development', ru: 'проект ветровой электростанции мощностью 150 МВт в Казахстане и другие проекты стали образцовыми в освоении новых источников энергии' },
      },
    },
    // 基础设施建设领域，公司承建的阿姆布哈拉1号新建泵站作为乌兹别克斯坦首个大型泵站，为31.5万公顷农田灌溉提供保障，惠及178万民众。
    's08-p03.1': {
      source: '34dd9a6aba',
      en: 'In infrastructure, the new Amu-Bukhara-1 pumping station built by the company as contractor, Uzbekistan’s first large pumping station, secures irrigation for 315,000 hectares of farmland and benefits 1.78 million people.',
      ru: 'В сфере инфраструктуры построенная компанией в качестве подрядчика новая насосная станция «Аму-Бухара-1» — первая крупная насосная станция Узбекистана — обеспечивает орошение 315 тыс. гектаров сельскохозяйственных угодий и приносит пользу 1,78 млн человек.',
      quotes: {
        "阿姆布哈拉1号新建泵站": { en: 'new Amu-Bukhara-1 pumping station', ru: 'новая насосная станция «Аму-Бухара-1»' },
        "作为乌兹别克斯坦首个大型泵站": { en: 'Uzbekistan’s first large pumping station', ru: 'первая крупная насосная станция Узбекистана' },
        "为31.5万公顷农田灌溉提供保障": { en: 'secures irrigation for 315,000 hectares of farmland', ru: 'обеспечивает орошение 315 тыс. гектаров сельскохозяйственных угодий' },
        "惠及178万民众": { en: 'benefits 1.78 million people', ru: 'приносит пользу 1,78 млн человек' },
        "公司承建的阿姆布哈拉1号新建泵站": { en: 'the new Amu-Bukhara-1 pumping station built by the company as contractor', ru: 'построенная компанией в качестве подрядчика новая насосная станция «Аму-Бухара-1»' },
      },
    },
    // 产能合作领域，公司投资控股的哈萨克斯坦ALLUR集团建成后，产销量达9000余辆跃升至近10万辆，成为该国唯一具备全散件组装能力的汽车企业。
    's08-p04.1': {
      source: '3d6d1003f3',
      en: 'In industrial capacity cooperation, after Kazakhstan’s ALLUR Group, in which the company has invested and holds a controlling stake, went into operation, its production and sales jumped from over 9,000 to nearly 100,000 vehicles, and it became the only carmaker in the country capable of complete knock-down (CKD) assembly.',
      ru: 'В сфере сотрудничества в области производственных мощностей после ввода в строй казахстанской группы ALLUR, в которую компания инвестировала и в которой ей принадлежит контрольный пакет, объём производства и продаж, составлявший более 9 тыс. автомобилей, вырос до почти 100 тыс., а сама группа стала единственным в стране автопроизводителем, способным выполнять мелкоузловую сборку (CKD).',
      quotes: {
        "哈萨克斯坦ALLUR集团": { en: 'Kazakhstan’s ALLUR Group', ru: 'казахстанской группы ALLUR' },
        "成为该国唯一具备全散件组装能力的汽车企业": { en: 'became the only carmaker in the country capable of complete knock-down (CKD) assembly', ru: 'стала единственным в стране автопроизводителем, способным выполнять мелкоузловую сборку (CKD)' },
        "产销量达9000余辆跃升至近10万辆": { en: 'production and sales jumped from over 9,000 to nearly 100,000 vehicles', ru: 'объём производства и продаж, составлявший более 9 тыс. автомобилей, вырос до почти 100 тыс.' },
        "公司投资控股的哈萨克斯坦ALLUR集团": { en: 'Kazakhstan’s ALLUR Group, in which the company has invested and holds a controlling stake', ru: 'казахстанской группы ALLUR, в которую компания инвестировала и в которой ей принадлежит контрольный пакет' },
        "哈萨克斯坦ALLUR集团建成后": { en: 'after Kazakhstan’s ALLUR Group, in which the company has invested and holds a controlling stake, went into operation', ru: 'после ввода в строй казахстанской группы ALLUR' },
      },
    },
    // 未来，公司将继续强化各方合作：以ALLUR集团为中心，推动新能源汽车在中亚本地化生产；加速绿色基建，为中亚能源转型注入强劲动力；促进媒体联动，让更多合作的故事从项目一线走向大众视野。
    's08-p05.1': {
      source: 'adb4ebd85b',
      en: 'Going forward, the company will keep strengthening cooperation with all parties: with ALLUR Group at the centre, it will promote the localised production of new-energy vehicles in Central Asia; it will accelerate green infrastructure, giving strong impetus to Central Asia’s energy transition; and it will foster joint work with the media, so that more stories of cooperation travel from the project front line into public view.',
      ru: 'В дальнейшем компания продолжит укреплять сотрудничество со всеми сторонами: сделав центром группу ALLUR, содействовать локализации производства автомобилей на новых источниках энергии в Центральной Азии; ускорять строительство зелёной инфраструктуры, придавая мощный импульс энергетическому переходу Центральной Азии; развивать взаимодействие со СМИ, чтобы всё больше историй сотрудничества с объектов проектов доходило до широкой аудитории.',
    },
  },
};
