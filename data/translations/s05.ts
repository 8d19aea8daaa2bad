// s05: 夯实睦邻友好民意基础 — 中国驻哈萨克斯坦大使 韩春霖
import type { SpeechTranslation } from './translationTypes';

export const s05: SpeechTranslation = {
  speech: 's05',
  // 夯实睦邻友好民意基础
  headline: { source: '99e8c30540', en: 'Consolidating Public Support for Good-Neighbourly Friendship', ru: 'Укреплять общественную основу добрососедства и дружбы' },
  // 中国驻哈萨克斯坦大使 韩春霖
  speaker: {
    source: '030badacfa',
    name: { en: 'Han Chunlin', ru: 'Хань Чуньлинь' },
    nameSource: {
      title: 'Hanyu Pinyin / Palladius transcription of the Chinese name',
      url: null,
      note: 'Chinese speaker: name as romanised by the atlas',
    },
    role: { en: 'Ambassador', ru: 'посол' },
    organization: { en: 'Embassy of the People’s Republic of China in Kazakhstan', ru: 'Посольство КНР в Казахстане' },
  },
  sentences: {
    // 中亚地处亚欧大陆中心，是古丝绸之路必经之地，也是当今全球最具发展潜力的地区之一。
    's05-p01.1': {
      source: 'd174733b90',
      en: 'Central Asia lies at the heart of the Eurasian continent; it was an indispensable stretch of the ancient Silk Road and is today one of the regions with the greatest development potential in the world.',
      ru: 'Центральная Азия расположена в самом сердце Евразийского континента, через неё неизбежно пролегал древний Шёлковый путь, а сегодня это один из регионов мира с наибольшим потенциалом развития.',
    },
    // 近年来，各方持续强化政治互信，在涉及彼此核心利益问题上坚定相互支持。
    's05-p01.2': {
      source: 'e5e655133e',
      en: 'In recent years, all sides have kept strengthening political mutual trust and have firmly supported one another on issues concerning each other’s core interests.',
      ru: 'В последние годы стороны неизменно укрепляют политическое взаимное доверие и твёрдо поддерживают друг друга в вопросах, затрагивающих коренные интересы каждой из них.',
    },
    // 中国—中亚机制从无到有并日趋完善，为变乱交织的世界注入了宝贵的稳定性。
    's05-p01.3': {
      source: 'b625ac3e37',
      en: 'The China–Central Asia mechanism has been built from scratch and is steadily maturing, bringing precious stability to a world beset by change and turmoil.',
      ru: 'Механизм «Китай — Центральная Азия» создан с нуля и постоянно совершенствуется, привнося ценную стабильность в мир, охваченный переменами и потрясениями.',
    },
    // 媒体肩负着推进民心相通的使命，在构建人类命运共同体方面发挥着重要作用。
    's05-p02.1': {
      source: 'b0922dbad2',
      en: 'The media carry the mission of fostering people-to-people bonds and play an important role in building a community with a shared future for humanity.',
      ru: 'На СМИ лежит миссия сближения народов, и они играют важную роль в построении сообщества единой судьбы человечества.',
    },
    // 中国和中亚媒体多年来共同讲述各国相知相亲、共享机遇、共同发展的生动故事，不断夯实睦邻友好民意基础，为各领域合作营造了良好的舆论氛围。
    's05-p02.2': {
      source: 'e4af780027',
      en: 'For years, the media of China and Central Asia have jointly told vivid stories of our countries getting to know one another, growing close, sharing opportunities and developing together, steadily consolidating public support for good-neighbourly friendship and creating a favourable climate of public opinion for cooperation in every field.',
      ru: 'На протяжении многих лет СМИ Китая и Центральной Азии вместе рассказывают яркие истории о взаимопонимании и близости наших стран, об общих возможностях и совместном развитии, неуклонно укрепляя общественную основу добрососедства и дружбы и создавая благоприятный общественный климат для сотрудничества во всех областях.',
    },
    // 当前，中国中亚合作不断走深走实，媒体更应发挥自身优势，唱响团结合作主旋律，增进文明互鉴，为构建更加紧密的中国—中亚命运共同体书写更加辉煌的篇章。
    's05-p03.1': {
      source: 'af80484a3a',
      en: 'As China–Central Asia cooperation grows ever deeper and more substantive, the media should make even better use of their strengths, sound the keynote of unity and cooperation, promote mutual learning among civilisations, and write still more glorious chapters in building a closer China–Central Asia community with a shared future.',
      ru: 'Сегодня, когда сотрудничество Китая и Центральной Азии становится всё более глубоким и предметным, СМИ тем более должны использовать свои преимущества, делать лейтмотивом единство и сотрудничество, содействовать взаимному обогащению цивилизаций и вписывать всё более яркие страницы в построение ещё более тесного сообщества единой судьбы Китая и Центральной Азии.',
    },
    // 中国始终是中亚国家值得信任和倚重的好邻居、好伙伴、好朋友、好兄弟。
    's05-p04.1': {
      source: 'd0f85cda6d',
      en: 'China has always been a good neighbour, good partner, good friend and good brother whom the Central Asian countries can trust and rely on.',
      ru: 'Китай неизменно остаётся для стран Центральной Азии добрым соседом, хорошим партнёром, хорошим другом и добрым братом, которому можно доверять и на которого можно опереться.',
    },
    // 站新的历史起点，让我们以媒体为纽带，持续传播合作之声、道义之声、文明之声，让全球发展倡议、全球安全倡议、全球文明倡议在这片土地上不断焕发新的光彩。
    's05-p04.2': {
      source: 'd1b3e12140',
      en: 'Standing at a new historical starting point, let us use the media as a bond to keep spreading the voice of cooperation, the voice of justice and the voice of civilisation, so that the Global Development Initiative, the Global Security Initiative and the Global Civilization Initiative shine ever more brightly on this land.',
      ru: 'Находясь на новом историческом рубеже, давайте, используя СМИ как связующее звено, и дальше нести голос сотрудничества, голос справедливости и голос цивилизации, чтобы Инициатива по глобальному развитию, Инициатива по глобальной безопасности и Инициатива по глобальной цивилизации всё ярче сияли на этой земле.',
    },
  },
};
