// s02: 同心笃行 携手共赢 — 人民日报社副总编辑 方江山
import type { SpeechTranslation } from './translationTypes';

export const s02: SpeechTranslation = {
  speech: 's02',
  // 同心笃行 携手共赢
  headline: { source: '4dcc5a6c38', en: 'One in Purpose, Firm in Action, Together for Shared Success', ru: 'Единодушно и решительно — вместе к общему успеху' },
  // 人民日报社副总编辑 方江山
  speaker: {
    source: '92d456ed92',
    name: { en: 'Fang Jiangshan', ru: 'Фан Цзяншань' },
    nameSource: {
      title: 'Hanyu Pinyin / Palladius transcription of the Chinese name',
      url: null,
      note: 'Chinese speaker: name as romanised by the atlas',
    },
    role: { en: 'Deputy Editor-in-Chief', ru: 'заместитель главного редактора' },
    organization: { en: 'People’s Daily', ru: '«Жэньминь жибао»' },
  },
  sentences: {
    // 2022年1月，习近平主席在中国同中亚五国建交30周年视频峰会上首次提出“携手构建更加紧密的中国—中亚命运共同体”。
    's02-p01.1': {
      source: 'a64fd170ef',
      en: 'In January 2022, at the virtual summit marking the 30th anniversary of diplomatic relations between China and the five Central Asian countries, President Xi Jinping first called for “working together to build a closer China–Central Asia community with a shared future”.',
      ru: 'В январе 2022 года на видеосаммите, посвящённом 30-летию установления дипломатических отношений между Китаем и пятью странами Центральной Азии, Председатель КНР Си Цзиньпин впервые призвал «совместно строить ещё более тесное сообщество единой судьбы Китая и Центральной Азии».',
    },
    // 如今，中国同中亚五国均宣布在双边层面构建命运共同体，这是命运共同体理念首次在地区多边和双边层面全落地。
    's02-p02.1': {
      source: '1a93ee93b9',
      en: 'Today, China and each of the five Central Asian countries have announced that they are building a community with a shared future at the bilateral level — the first time the concept of a community with a shared future has been fully put into practice at both the regional multilateral and the bilateral level.',
      ru: 'Сегодня Китай и каждая из пяти стран Центральной Азии объявили о построении сообщества единой судьбы на двустороннем уровне — впервые концепция сообщества единой судьбы полностью воплощена в жизнь как на региональном многостороннем, так и на двустороннем уровне.',
    },
    // 命运共同体在中亚的全覆盖，彰显了中国与中亚五国在更高水平、更高标准、更高质量上开展合作的意志和决心。
    's02-p02.2': {
      source: '71ecf854bc',
      en: 'That communities with a shared future now cover the whole of Central Asia shows the will and determination of China and the five Central Asian countries to cooperate at a higher level, to higher standards and with higher quality.',
      ru: 'Полный охват Центральной Азии сообществами единой судьбы демонстрирует волю и решимость Китая и пяти стран Центральной Азии развивать сотрудничество на более высоком уровне, по более высоким стандартам и с более высоким качеством.',
    },
    // 人类命运共同体理念日益成为全球共识、世界价值并发展成为共同行动的磅礴大势不可逆转；经济全球化这一不以人的意志为转移的历史大势不可逆转；人类共处的“地球村”日益休戚与共、共建共享的浩荡大势不可逆转。
    's02-p02.3': {
      source: '92f25860f1',
      en: 'The vision of a community with a shared future for humanity is increasingly becoming a global consensus and a world value and growing into common action — a powerful and irreversible trend; economic globalisation is a historical trend that does not depend on human will, and it is irreversible; and the “global village” that humanity shares is ever more bound by a common destiny, built and shared by all — a mighty and irreversible trend.',
      ru: 'Концепция сообщества единой судьбы человечества всё больше становится глобальным консенсусом и общемировой ценностью и перерастает в совместные действия — эта мощная тенденция необратима; экономическая глобализация — историческая тенденция, не зависящая от воли людей, и она необратима; «глобальная деревня», в которой живёт человечество, всё теснее связана общими радостями и бедами, её сообща строят и её плодами сообща пользуются — и эта могучая тенденция необратима.',
    },
    // 只有合作共赢才能办成事、办好事、办大事，这是共同践行构建人类命运共同体理念的深刻启示，也是共同推动高质量建设“一带一路”的宝贵经验。
    's02-p02.4': {
      source: '880bfff11c',
      en: 'Only win-win cooperation can get things done, get them done well and achieve great things; this is a profound lesson of jointly putting into practice the vision of building a community with a shared future for humanity, and valuable experience gained in jointly advancing high-quality Belt and Road cooperation.',
      ru: 'Только взаимовыгодное сотрудничество позволяет делать дело, делать его хорошо и вершить большие дела; это глубокий урок совместного воплощения концепции построения сообщества единой судьбы человечества и ценный опыт совместного продвижения высококачественного строительства «Одного пояса, одного пути».',
    },
    // 中国—中亚是我们共同的家园。
    's02-p03.1': {
      source: '94ff61eaa9',
      en: 'China and Central Asia are our common home.',
      ru: 'Китай и Центральная Азия — наш общий дом.',
    },
    // 媒体交流是中国和中亚关系的重要组成部分。
    's02-p03.2': {
      source: '73d1b9ce60',
      en: 'Media exchanges are an important part of relations between China and Central Asia.',
      ru: 'Медийные обмены — важная составная часть отношений Китая и Центральной Азии.',
    },
    // 我们六国媒体人理应把握大势、坚定信念、拓展思路，以务实行动，共同讲好守望相助、合作共赢的生动故事，为构建更加紧密的中国—中亚命运共同体凝聚力量、贡献智慧，发挥凝聚共识的建设性独特作用。
    's02-p03.3': {
      source: '36f963d463',
      en: 'We media professionals of the six countries should grasp the overall trend, hold firm to our convictions and broaden our thinking, and through practical action jointly tell vivid stories of mutual assistance and win-win cooperation, pooling strength and contributing wisdom to building a closer China–Central Asia community with a shared future and playing our unique, constructive role in building consensus.',
      ru: 'Нам, работникам СМИ шести стран, следует понимать общие тенденции, быть твёрдыми в убеждениях и мыслить шире, практическими делами совместно рассказывать яркие истории о взаимопомощи и взаимовыгодном сотрудничестве, объединять силы и вносить интеллектуальный вклад в построение ещё более тесного сообщества единой судьбы Китая и Центральной Азии, играя особую конструктивную роль в формировании консенсуса.',
    },
  },
};
