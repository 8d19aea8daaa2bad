// s11: 高效协同，提升互联互通水平 — 中国电建欧亚区域总部副总经理 谭晓峰
import type { SpeechTranslation } from './translationTypes';

export const s11: SpeechTranslation = {
  speech: 's11',
  // 高效协同，提升互联互通水平
  headline: { source: '516d7e6029', en: 'Coordinating Efficiently to Raise Connectivity', ru: 'Эффективно взаимодействовать, повышая уровень взаимосвязанности' },
  // 中国电建欧亚区域总部副总经理 谭晓峰
  speaker: {
    source: '11880dacc3',
    name: { en: 'Tan Xiaofeng', ru: 'Тань Сяофэн' },
    nameSource: { title: 'Hanyu Pinyin / Palladius transcription of the Chinese name', url: null, note: 'Chinese speaker: name as romanised by the atlas' },
    role: { en: 'Deputy General Manager', ru: 'заместитель генерального директора' },
    organization: { en: 'PowerChina Eurasia Regional Headquarters', ru: 'Евразийская региональная штаб-квартира «Пауэрчайна» (PowerChina)' },
  },
  sentences: {
    // 作为共建“一带一路”的参与者，中国电建以能源转型为纽带，以基础设施互联互通为基石，以民心相通为目标，推动各方高效协同，为构建中国—中亚命运共同体贡献力量。
    's11-p01.1': {
      source: 'e4873b2f54',
      en: 'As a participant in the Belt and Road Initiative, PowerChina takes the energy transition as its link, infrastructure connectivity as its cornerstone and people-to-people bonds as its goal, promoting efficient coordination among all parties and contributing to building a China–Central Asia community with a shared future.',
      ru: 'Как участник реализации инициативы «Один пояс, один путь», корпорация «Пауэрчайна» делает энергетический переход связующим звеном, взаимосвязанность инфраструктуры — краеугольным камнем, а сближение народов — целью, содействуя эффективному взаимодействию всех сторон и внося вклад в построение сообщества единой судьбы Китая и Центральной Азии.',
    },
    // 坚持绿色发展，谱写生态新篇。
    's11-p02.1': {
      source: '4979b7a37b',
      en: 'Staying committed to green development, writing a new ecological chapter.',
      ru: 'Придерживаться зелёного развития, открывать новую экологическую страницу.',
    },
    // 在哈萨克斯坦建成谢列克60兆瓦风电、札纳塔斯100兆瓦风电等项目，每年为当地提供超5.5亿千瓦时的绿色电力；在乌兹别克斯坦，纳沃伊100兆瓦光伏电站和泽拉夫善500兆瓦风电项目每年可满足约50万户家庭的用电需求。
    's11-p02.2': {
      source: 'd0eec3fb2e',
      en: 'In Kazakhstan, PowerChina has built the Shelek 60 MW wind farm, the Zhanatas 100 MW wind farm and other projects, which supply more than 550 million kWh of green electricity to the area every year; in Uzbekistan, the Nur Navoi 100 MW solar plant and the Zarafshan 500 MW wind power project can meet the electricity needs of about 500,000 households every year.',
      ru: 'В Казахстане «Пауэрчайна» построила ВЭС «Шелек» мощностью 60 МВт, ВЭС «Жанатас» мощностью 100 МВт и другие объекты, которые ежегодно поставляют в регион более 550 млн кВт·ч зелёной электроэнергии; в Узбекистане СЭС «Нур Навои» мощностью 100 МВт и ВЭС «Зарафшан» мощностью 500 МВт могут ежегодно обеспечивать электроэнергией около 500 тыс. домохозяйств.',
      quotes: {
        "谢列克60兆瓦风电": { en: 'Shelek 60 MW wind farm', ru: 'ВЭС «Шелек» мощностью 60 МВт' },
        "在哈萨克斯坦建成谢列克60兆瓦风电": { en: 'In Kazakhstan, PowerChina has built the Shelek 60 MW wind farm', ru: 'В Казахстане «Пауэрчайна» построила ВЭС «Шелек» мощностью 60 МВт' },
        "建成谢列克60兆瓦风电": { en: 'has built the Shelek 60 MW wind farm', ru: 'построила ВЭС «Шелек» мощностью 60 МВт' },
        "札纳塔斯100兆瓦风电": { en: 'Zhanatas 100 MW wind farm', ru: 'ВЭС «Жанатас» мощностью 100 МВт' },
        "在哈萨克斯坦建成谢列克60兆瓦风电、札纳塔斯100兆瓦风电等项目": { en: 'In Kazakhstan, PowerChina has built the Shelek 60 MW wind farm, the Zhanatas 100 MW wind farm and other projects', ru: 'В Казахстане «Пауэрчайна» построила ВЭС «Шелек» мощностью 60 МВт, ВЭС «Жанатас» мощностью 100 МВт и другие объекты' },
        "建成谢列克60兆瓦风电、札纳塔斯100兆瓦风电": { en: 'has built the Shelek 60 MW wind farm, the Zhanatas 100 MW wind farm', ru: 'построила ВЭС «Шелек» мощностью 60 МВт, ВЭС «Жанатас» мощностью 100 МВт' },
        "纳沃伊100兆瓦光伏电站": { en: 'Nur Navoi 100 MW solar plant', ru: 'СЭС «Нур Навои» мощностью 100 МВт' },
        "在乌兹别克斯坦，纳沃伊100兆瓦光伏电站": { en: 'in Uzbekistan, the Nur Navoi 100 MW solar plant', ru: 'в Узбекистане СЭС «Нур Навои» мощностью 100 МВт' },
        "泽拉夫善500兆瓦风电项目": { en: 'Zarafshan 500 MW wind power project', ru: 'ВЭС «Зарафшан» мощностью 500 МВт' },
        "在乌兹别克斯坦，纳沃伊100兆瓦光伏电站和泽拉夫善500兆瓦风电项目": { en: 'in Uzbekistan, the Nur Navoi 100 MW solar plant and the Zarafshan 500 MW wind power project', ru: 'в Узбекистане СЭС «Нур Навои» мощностью 100 МВт и ВЭС «Зарафшан» мощностью 500 МВт' },
        "每年为当地提供超5.5亿千瓦时的绿色电力": { en: 'supply more than 550 million kWh of green electricity to the area every year', ru: 'ежегодно поставляют в регион более 550 млн кВт·ч зелёной электроэнергии' },
        "每年可满足约50万户家庭的用电需求": { en: 'can meet the electricity needs of about 500,000 households every year', ru: 'могут ежегодно обеспечивать электроэнергией около 500 тыс. домохозяйств' },
      },
    },
    // 参与共建项目，深化互联互通。
    's11-p02.3': {
      source: '7c2e8fe7b1',
      en: 'Taking part in jointly built projects, deepening connectivity.',
      ru: 'Участвовать в совместно строящихся проектах, углублять взаимосвязанность.',
    },
    // 在哈萨克斯坦，“双西公路”项目群使霍尔果斯至阿拉木图车程较之前缩短约2小时；在吉尔吉斯斯坦和塔吉克斯坦，中国电建承建多个公路修复项目为提升区域互联互通水平作出了重要贡献。
    's11-p03.1': {
      source: '6a8549c0ca',
      en: 'In Kazakhstan, the Western Europe – Western China highway projects have cut the driving time from Horgos to Almaty by about 2 hours; in Kyrgyzstan and Tajikistan, PowerChina has undertaken a number of road rehabilitation projects that have made an important contribution to improving regional connectivity.',
      ru: 'В Казахстане проекты автодороги «Западная Европа — Западный Китай» сократили время в пути от Хоргоса до Алматы примерно на 2 часа; в Кыргызстане и Таджикистане «Пауэрчайна» выполнила ряд подрядных проектов по восстановлению дорог, внеся важный вклад в повышение взаимосвязанности региона.',
      quotes: {
        "“双西公路”项目群": { en: 'Western Europe – Western China highway projects', ru: 'проекты автодороги «Западная Европа — Западный Китай»' },
        "使霍尔果斯至阿拉木图车程较之前缩短约2小时": { en: 'have cut the driving time from Horgos to Almaty by about 2 hours', ru: 'сократили время в пути от Хоргоса до Алматы примерно на 2 часа' },
        "在哈萨克斯坦，“双西公路”项目群": { en: 'In Kazakhstan, the Western Europe – Western China highway projects', ru: 'В Казахстане проекты автодороги «Западная Европа — Западный Китай»' },
        "在吉尔吉斯斯坦": { en: 'in Kyrgyzstan', ru: 'в Кыргызстане' },
        "中国电建承建多个公路修复项目": { en: 'PowerChina has undertaken a number of road rehabilitation projects', ru: '«Пауэрчайна» выполнила ряд подрядных проектов по восстановлению дорог' },
        "塔吉克斯坦，中国电建承建多个公路修复项目": { en: 'Tajikistan, PowerChina has undertaken a number of road rehabilitation projects', ru: 'Таджикистане «Пауэрчайна» выполнила ряд подрядных проектов по восстановлению дорог' },
      },
    },
    // 架设民心桥梁，共绘人文画卷。
    's11-p04.1': {
      source: 'c7688c771a',
      en: 'Building bridges between peoples, painting a shared picture of cultural exchange.',
      ru: 'Наводить мосты между народами, вместе создавать картину гуманитарных связей.',
    },
    // 中国电建推进属地化运营，为哈萨克斯坦、乌兹别克斯坦提供近万个就业岗位；与乌兹别克斯坦当地大学签署校企合作备忘录，资助多名乌方大学生到中国学习水利水电知识，为中乌水利水电领域合作注入新动能。
    's11-p04.2': {
      source: '854cb7aef8',
      en: 'PowerChina is pursuing localised operations and has provided nearly 10,000 jobs in Kazakhstan and Uzbekistan; it has signed a university–enterprise cooperation memorandum with a local university in Uzbekistan and sponsored a number of Uzbek students to study water resources and hydropower in China, injecting new momentum into China–Uzbekistan cooperation in water resources and hydropower.',
      ru: '«Пауэрчайна» развивает локализацию своей деятельности и предоставила почти 10 тыс. рабочих мест в Казахстане и Узбекистане; корпорация подписала с местным университетом Узбекистана меморандум о сотрудничестве вуза и предприятия и финансирует обучение ряда узбекских студентов в Китае в области водного хозяйства и гидроэнергетики, придавая новый импульс китайско-узбекскому сотрудничеству в этой сфере.',
      quotes: {
        "为哈萨克斯坦、乌兹别克斯坦提供近万个就业岗位": { en: 'has provided nearly 10,000 jobs in Kazakhstan and Uzbekistan', ru: 'предоставила почти 10 тыс. рабочих мест в Казахстане и Узбекистане' },
      },
    },
  },
};
