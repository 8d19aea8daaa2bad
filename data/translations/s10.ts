// s10: 优势互补，践行丝路精神 — 中国石油中亚俄罗斯公司副总经理 常福权
import type { SpeechTranslation } from './translationTypes';

export const s10: SpeechTranslation = {
  speech: 's10',
  // 优势互补，践行丝路精神
  headline: { source: '581b30c967', en: 'Complementing Each Other’s Strengths, Living Out the Silk Road Spirit', ru: 'Дополнять друг друга, воплощая дух Шёлкового пути' },
  // 中国石油中亚俄罗斯公司副总经理 常福权
  speaker: {
    source: '03bffe65c6',
    name: { en: 'Chang Fuquan', ru: 'Чан Фуцюань' },
    nameSource: { title: 'Hanyu Pinyin / Palladius transcription of the Chinese name', url: null, note: 'Chinese speaker: name as romanised by the atlas' },
    role: { en: 'Deputy General Manager', ru: 'заместитель генерального директора' },
    organization: { en: 'Central Asia–Russia Company of China National Petroleum Corporation (CNPC)', ru: 'Компания «Центральная Азия — Россия» Китайской национальной нефтегазовой корпорации (CNPC)' },
  },
  sentences: {
    // 中国石油深耕中亚市场28年，始终秉持“互利共赢、共同发展”的理念，与合作伙伴优势互补、协同互促，以实际行动践行丝路精神，书写新时代能源合作篇章。
    's10-p01.1': {
      source: '457e09ca5d',
      en: 'China National Petroleum Corporation (CNPC) has been deeply engaged in the Central Asian market for 28 years, always upholding the philosophy of “mutual benefit, win-win cooperation and common development”, pooling complementary strengths with its partners and working with them in mutually reinforcing synergy, putting the Silk Road spirit into practice through concrete action and writing a new chapter of energy cooperation for the new era.',
      ru: 'Китайская национальная нефтегазовая корпорация (CNPC) уже 28 лет работает на рынке Центральной Азии, неизменно придерживаясь принципа «взаимная выгода, общий выигрыш и совместное развитие», объединяя с партнёрами взаимодополняющие преимущества и действуя с ними во взаимоусиливающем согласии, на деле воплощая дух Шёлкового пути и вписывая новую главу в энергетическое сотрудничество новой эпохи.',
      quotes: {
        "中国石油深耕中亚市场28年": { en: 'China National Petroleum Corporation (CNPC) has been deeply engaged in the Central Asian market for 28 years', ru: 'Китайская национальная нефтегазовая корпорация (CNPC) уже 28 лет работает на рынке Центральной Азии' },
      },
    },
    // 依法合规，厚植发展根基。
    's10-p02.1': {
      source: 'dd503a9585',
      en: 'Operating lawfully and in compliance, strengthening the foundations of development.',
      ru: 'Соблюдать законы и нормы, укреплять основы развития.',
    },
    // 中国石油践行本土化战略，在中亚五国创造3万余个就业岗位。
    's10-p02.2': {
      source: '7a11da6045',
      en: 'Pursuing a localisation strategy, CNPC has created more than 30,000 jobs in the five Central Asian countries.',
      ru: 'Реализуя стратегию локализации, CNPC создала в пяти странах Центральной Азии более 30 тыс. рабочих мест.',
      quotes: {
        "在中亚五国创造3万余个就业岗位": { en: 'has created more than 30,000 jobs in the five Central Asian countries', ru: 'создала в пяти странах Центральной Азии более 30 тыс. рабочих мест' },
      },
    },
    // 在哈萨克斯坦，中国石油参股的多家合资企业为当地经济持续注入动能。
    's10-p02.3': {
      source: 'd2a5d65fd3',
      en: 'In Kazakhstan, a number of joint ventures in which CNPC holds stakes keep injecting momentum into the local economy.',
      ru: 'В Казахстане ряд совместных предприятий с долевым участием CNPC неизменно придаёт импульс местной экономике.',
    },
    // 技术创新，促进产业升级。
    's10-p03.1': {
      source: 'a70ebb8ba4',
      en: 'Innovating in technology, promoting industrial upgrading.',
      ru: 'Внедрять технологические инновации, содействовать модернизации отрасли.',
    },
    // 中国石油以先进技术助力当地构建完整油气业务链，其中，对奇姆肯特炼厂的现代化改造，使其成为哈萨克斯坦首家具备生产欧Ⅳ、欧Ⅴ标准成品油的企业，跻身绿色环保炼厂行列。
    's10-p03.2': {
      source: '58ae71d590',
      en: 'CNPC has used advanced technology to help build a complete local oil and gas value chain; in particular, its modernisation of the Shymkent refinery made it the first enterprise in Kazakhstan capable of producing fuels to Euro 4 and Euro 5 standards, placing it among the ranks of green, environmentally friendly refineries.',
      ru: 'CNPC с помощью передовых технологий помогает выстроить на месте полную производственно-сбытовую цепочку нефтегазовой отрасли; в частности, модернизация Шымкентского НПЗ сделала его первым в Казахстане предприятием, способным выпускать нефтепродукты стандартов Евро-4 и Евро-5, и вывела его в число экологически чистых НПЗ.',
      quotes: {
        "奇姆肯特炼厂": { en: 'Shymkent refinery', ru: 'Шымкентского НПЗ' },
        "使其成为哈萨克斯坦首家具备生产欧Ⅳ、欧Ⅴ标准成品油的企业": { en: 'made it the first enterprise in Kazakhstan capable of producing fuels to Euro 4 and Euro 5 standards', ru: 'сделала его первым в Казахстане предприятием, способным выпускать нефтепродукты стандартов Евро-4 и Евро-5' },
        "对奇姆肯特炼厂的现代化改造": { en: 'its modernisation of the Shymkent refinery', ru: 'модернизация Шымкентского НПЗ' },
      },
    },
    // 文化交融，编织民心纽带。
    's10-p04.1': {
      source: '103f618dab',
      en: 'Blending cultures, weaving bonds between peoples.',
      ru: 'Сближать культуры, сплетать узы между народами.',
    },
    // 中国石油积极投身当地社会公益事业和文化交流活动，在中亚地区公益捐助累计超4亿美元。
    's10-p04.2': {
      source: '52d8f6c89f',
      en: 'CNPC takes an active part in local public welfare and cultural exchange activities, and its charitable donations in Central Asia have totalled more than US$400 million.',
      ru: 'CNPC активно участвует в местной благотворительной деятельности и культурных обменах; общий объём её благотворительных пожертвований в Центральной Азии составил более 400 млн долларов США.',
      quotes: {
        "在中亚地区公益捐助累计超4亿美元": { en: 'its charitable donations in Central Asia have totalled more than US$400 million', ru: 'общий объём её благотворительных пожертвований в Центральной Азии составил более 400 млн долларов США' },
      },
    },
    // 所属项目设立专项奖学金，推动众多中亚青年到中国求学深造。
    's10-p04.3': {
      source: 'ae63ab7ed3',
      en: 'Its projects have set up dedicated scholarships, enabling many young people from Central Asia to pursue further studies in China.',
      ru: 'Её проекты учредили специальные стипендии, благодаря которым многие молодые люди из Центральной Азии получили возможность продолжить обучение в Китае.',
    },
    // 管道互联，铺就立体网络。
    's10-p05.1': {
      source: 'e04a3654d7',
      en: 'Interconnecting pipelines, building a multidimensional network.',
      ru: 'Объединять трубопроводы, прокладывать многоуровневую сеть.',
      quotes: {
        "管道互联，铺就立体网络": { en: 'Interconnecting pipelines, building a multidimensional network', ru: 'Объединять трубопроводы, прокладывать многоуровневую сеть' },
      },
    },
    // 中国—中亚天然气管道自运营以来惠及沿线中亚国家及中国20多个省份，既促进了管道沿线地区经济社会发展，也帮助中亚国家实现能源出口多元化。
    's10-p05.2': {
      source: 'b06911ac3e',
      en: 'Since it began operating, the Central Asia–China gas pipeline has benefited the Central Asian countries along its route and more than 20 provinces in China, promoting economic and social development in the regions along the pipeline and helping the Central Asian countries diversify their energy exports.',
      ru: 'С начала эксплуатации газопровода «Центральная Азия — Китай» выгоду от него получили страны Центральной Азии, через которые он проходит, и более 20 провинций Китая; он способствовал социально-экономическому развитию регионов вдоль трассы и помог странам Центральной Азии диверсифицировать экспорт энергоносителей.',
      quotes: {
        "中国—中亚天然气管道": { en: 'Central Asia–China gas pipeline', ru: 'газопровода «Центральная Азия — Китай»' },
        "帮助中亚国家实现能源出口多元化": { en: 'helping the Central Asian countries diversify their energy exports', ru: 'помог странам Центральной Азии диверсифицировать экспорт энергоносителей' },
        "惠及沿线中亚国家及中国20多个省份": { en: 'has benefited the Central Asian countries along its route and more than 20 provinces in China', ru: 'выгоду от него получили страны Центральной Азии, через которые он проходит, и более 20 провинций Китая' },
        "中国—中亚天然气管道自运营以来": { en: 'Since it began operating, the Central Asia–China gas pipeline', ru: 'С начала эксплуатации газопровода «Центральная Азия — Китай»' },
      },
    },
  },
};
