// s09: 与各国人民共建绿色丝路 — 中交集团中国水利电力对外有限公司党委书记、董事长 万启洲
import type { SpeechTranslation } from './translationTypes';

export const s09: SpeechTranslation = {
  speech: 's09',
  // 与各国人民共建绿色丝路
  headline: { source: '3d9a5efbdd', en: 'Building a Green Silk Road Together with the Peoples of All Countries', ru: 'Строить зелёный Шёлковый путь вместе с народами всех стран' },
  // 中交集团中国水利电力对外有限公司党委书记、董事长 万启洲
  speaker: {
    source: 'f6037fe2e3',
    name: { en: 'Wan Qizhou', ru: 'Вань Цичжоу' },
    nameSource: { title: 'Hanyu Pinyin / Palladius transcription of the Chinese name', url: null, note: 'Chinese speaker: name as romanised by the atlas' },
    role: { en: 'Party Committee Secretary and Chairman', ru: 'секретарь парткома и председатель совета директоров' },
    organization: { en: 'China International Water & Electric Corp. (CWE), part of China Communications Construction (CCCC)', ru: 'Китайская международная корпорация водного хозяйства и электроэнергетики (CWE) в составе Китайской корпорации коммуникационного строительства (CCCC)' },
  },
  sentences: {
    // 中国水利电力对外有限公司在中亚地区深耕二十载，致力于发挥水利、电力和清洁能源主业优势，与中亚国家人民共同建设绿色丝路、共同促进区域繁荣。
    's09-p01.1': {
      source: 'af059b08a2',
      en: 'China International Water & Electric Corp. (CWE) has been deeply engaged in Central Asia for 20 years, committed to drawing on the strengths of its core businesses in water resources, power and clean energy to build a green Silk Road and promote regional prosperity together with the peoples of the Central Asian countries.',
      ru: 'Китайская международная корпорация водного хозяйства и электроэнергетики (CWE) уже 20 лет ведёт работу в Центральной Азии и стремится, опираясь на сильные стороны своих основных направлений — водного хозяйства, электроэнергетики и чистой энергетики, — вместе с народами стран Центральной Азии строить зелёный Шёлковый путь и содействовать процветанию региона.',
      quotes: {
        "在中亚地区深耕二十载": { en: 'has been deeply engaged in Central Asia for 20 years', ru: 'уже 20 лет ведёт работу в Центральной Азии' },
      },
    },
    // 承建的一系列典型工程，既是“中国建造”的亮丽名片，也是中外合作共赢的生动见证。
    's09-p01.2': {
      source: 'e706264c75',
      en: 'The series of signature projects it has built are both a shining calling card for “Built by China” and vivid testimony to win-win cooperation between China and other countries.',
      ru: 'Построенные ею знаковые объекты — это и яркая визитная карточка бренда «Построено Китаем», и живое свидетельство взаимовыгодного сотрудничества Китая с другими странами.',
    },
    // 以绿色发展推动能源合作。
    's09-p02.1': {
      source: '8c3ac2aa75',
      en: 'Advancing energy cooperation through green development.',
      ru: 'Продвигать энергетическое сотрудничество на основе зелёного развития.',
    },
    // 公司建设的玛依纳水电站，是哈萨克斯坦独立以来兴建的第一个大型水电站；建设的图尔古孙水电站，是共建“一带一路”倡议提出以来中哈产能合作框架下首个落地的清洁能源项目，为当地发展注入绿色动能。
    's09-p02.2': {
      source: '1aa0bd9dd6',
      en: 'The Moinak HPP built by the company is the first large hydropower plant constructed in Kazakhstan since independence; the Turgusun HPP it built is the first clean energy project to be implemented under the China–Kazakhstan industrial capacity cooperation framework since the Belt and Road Initiative was proposed, injecting green momentum into local development.',
      ru: 'Построенная компанией Мойнакская ГЭС является первой крупной гидроэлектростанцией, возведённой в Казахстане после обретения независимости; построенная ею Тургусунская ГЭС — первый реализованный проект чистой энергетики в рамках китайско-казахстанского сотрудничества в сфере производственных мощностей с момента выдвижения инициативы «Один пояс, один путь», придающий зелёный импульс местному развитию.',
      quotes: {
        "玛依纳水电站": { en: 'Moinak HPP', ru: 'Мойнакская ГЭС' },
        "是哈萨克斯坦独立以来兴建的第一个大型水电站": { en: 'is the first large hydropower plant constructed in Kazakhstan since independence', ru: 'является первой крупной гидроэлектростанцией, возведённой в Казахстане после обретения независимости' },
        "公司建设的玛依纳水电站": { en: 'The Moinak HPP built by the company', ru: 'Построенная компанией Мойнакская ГЭС' },
        "图尔古孙水电站": { en: 'Turgusun HPP', ru: 'Тургусунская ГЭС' },
        "是共建“一带一路”倡议提出以来中哈产能合作框架下首个落地的清洁能源项目": { en: 'is the first clean energy project to be implemented under the China–Kazakhstan industrial capacity cooperation framework since the Belt and Road Initiative was proposed', ru: 'первый реализованный проект чистой энергетики в рамках китайско-казахстанского сотрудничества в сфере производственных мощностей с момента выдвижения инициативы «Один пояс, один путь»' },
        "建设的图尔古孙水电站": { en: 'the Turgusun HPP it built', ru: 'построенная ею Тургусунская ГЭС' },
      },
    },
    // 以海外履责共创美好生活。
    's09-p03.1': {
      source: '253f6dd793',
      en: 'Creating a better life together by fulfilling our responsibilities overseas.',
      ru: 'Вместе создавать лучшую жизнь, выполняя свои обязательства за рубежом.',
    },
    // 公司在设施修建、人才培养、教育帮扶等各领域积极作为，致力于将“建好一座电站，改善一片环境，带动一方经济，造福一国百姓”的目标变为现实。
    's09-p03.2': {
      source: '2b07ee0edf',
      en: 'The company is active in building facilities, training talent, supporting education and other fields, working to turn into reality its goal: “build a power station well, improve the environment of an area, drive the economy of a region and benefit the people of a country”.',
      ru: 'Компания активно работает в самых разных областях — от строительства объектов и подготовки кадров до поддержки образования, — стремясь воплотить в жизнь свою цель: «Построить добротную электростанцию, улучшить окружающую среду края, дать толчок экономике региона и принести благо народу страны».',
    },
    // 以人文交流续写友谊新篇。
    's09-p04.1': {
      source: 'de1fd14869',
      en: 'Writing a new chapter of friendship through people-to-people exchanges.',
      ru: 'Вписывать новые страницы в историю дружбы через гуманитарные обмены.',
    },
    // 公司通过企业开放日、传统民俗节庆、传统美食分享等形式，开展丰富多样的文化交流活动，推动中国传统文化与中亚各民族文化相互融通，为各美其美、美美与共的文明互鉴搭建桥梁。
    's09-p04.2': {
      source: '89f303f383',
      en: 'Through company open days, traditional folk festivals, traditional food sharing and other formats, the company holds a rich variety of cultural exchange activities, bringing traditional Chinese culture and the cultures of Central Asia’s peoples closer together and building bridges for mutual learning among civilisations in which each appreciates its own beauty and the beauty of others, so that beauty is shared by all.',
      ru: 'Через дни открытых дверей, традиционные народные праздники, знакомство с традиционной кухней и другие форматы компания проводит разнообразные мероприятия культурного обмена, способствуя взаимопроникновению традиционной китайской культуры и культур народов Центральной Азии и наводя мосты для взаимного обогащения цивилизаций, в котором каждая ценит свою красоту и красоту других, а красота становится общей.',
    },
  },
};
