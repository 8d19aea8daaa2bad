// s06: 建设信息联通的“软性”基础设施 — 土库曼斯坦《金色世纪》电子报社社长 梅拉特·别克穆拉多夫
import type { SpeechTranslation } from './translationTypes';

export const s06: SpeechTranslation = {
  speech: 's06',
  // 建设信息联通的“软性”基础设施
  headline: { source: '667e138a8f', en: 'Building the “Soft” Infrastructure of Information Connectivity', ru: 'Строить «мягкую» инфраструктуру информационной взаимосвязанности' },
  // 土库曼斯坦《金色世纪》电子报社社长 梅拉特·别克穆拉多夫
  speaker: {
    source: '4c3f6bbc98',
    name: { en: 'Merat Bekmuradov', ru: 'Мерат Бекмурадов' },
    nameSource: {
      title: 'Established transliteration of 梅拉特·别克穆拉多夫 (organisation’s own spelling not found offline)',
      url: null,
      note: 'The organisation’s spelling was not found offline: searches for the “Altyn Asyr” / «Золотой век» e-newspaper and its head found no page naming him. Given as the established transliteration of the Chinese form (Turkmen -myradow usually appears as -muradov in English and Russian); the given name may be Meret/Myrat in the original — to be confirmed.',
    },
    role: { en: 'Director', ru: 'директор' },
    organization: { en: '“Turkmenistan: Golden Age” (Altyn Asyr) e-newspaper', ru: 'электронная газета «Туркменистан: Золотой век»' },
  },
  sentences: {
    // 长久以来，中国与中亚致力于共同追求和平与发展的目标，可以追溯到古丝绸之路时期。
    's06-p01.1': {
      source: '6a588f1fd8',
      en: 'For a long time, China and Central Asia have been committed to jointly pursuing the goals of peace and development — a commitment that goes back to the days of the ancient Silk Road.',
      ru: 'С давних пор Китай и Центральная Азия стремятся к общим целям мира и развития, и истоки этого стремления восходят ко временам древнего Шёлкового пути.',
    },
    // 丝绸之路自诞生之初，便肩负着促进文明互鉴的重要使命。
    's06-p01.2': {
      source: 'fd75ca0073',
      en: 'From its very beginnings, the Silk Road carried the important mission of promoting mutual learning among civilisations.',
      ru: 'С самого своего зарождения Шёлковый путь нёс важную миссию содействия взаимному обогащению цивилизаций.',
    },
    // 以现代公路、铁路、海运和航空线路形式重塑丝绸之路十分必要，而建设国家之间信息联通的“软性”基础设施，推动实现民心相通，对于复兴丝绸之路也同样重要。
    's06-p01.3': {
      source: '02a8a72ab3',
      en: 'Recreating the Silk Road in the form of modern roads, railways, shipping and air routes is essential, but building the “soft” infrastructure of information connectivity between countries and fostering people-to-people bonds is just as important for reviving the Silk Road.',
      ru: 'Воссоздать Шёлковый путь в виде современных автомобильных и железных дорог, морских и воздушных маршрутов крайне необходимо, но для возрождения Шёлкового пути не менее важно строить «мягкую» инфраструктуру информационной взаимосвязанности между странами и добиваться сближения народов.',
    },
    // 当下，共建“一带一路”倡议的影响范围越来越大，发出和平与共建声音，并将这种精神传播至世界各地，媒体责无旁贷。
    's06-p02.1': {
      source: '65f361b9e8',
      en: 'Today, as the reach of the Belt and Road Initiative keeps growing, the media have an inescapable duty to speak up for peace and joint development and to carry this spirit to every part of the world.',
      ru: 'Сегодня, когда влияние инициативы «Один пояс, один путь» становится всё шире, прямая обязанность СМИ — возвышать голос в защиту мира и совместного строительства и распространять этот дух по всему миру.',
    },
    // 人工智能等数字工具的出现，既带来了新资源，也产生了新风险。
    's06-p03.1': {
      source: '86bab12a26',
      en: 'The emergence of artificial intelligence and other digital tools has brought new resources but also new risks.',
      ru: 'Появление искусственного интеллекта и других цифровых инструментов принесло не только новые ресурсы, но и новые риски.',
    },
    // 我们必须牢记，技术创新不应背离传统价值，传统价值也不应成为变革的阻碍。
    's06-p03.2': {
      source: 'bf68be988e',
      en: 'We must bear in mind that technological innovation should not turn away from traditional values, nor should traditional values become an obstacle to change.',
      ru: 'Нам следует твёрдо помнить, что технологические инновации не должны идти вразрез с традиционными ценностями, а традиционные ценности не должны становиться препятствием для перемен.',
    },
    // 二者应携手并进，共同创造更加美好的世界。
    's06-p03.3': {
      source: 'a6cec56a74',
      en: 'The two should go hand in hand to create a better world together.',
      ru: 'Они должны идти рука об руку, вместе создавая лучший мир.',
    },
    // 历史上，土库曼斯坦地处欧亚交通枢纽，是各民族文化传统与风俗习惯的交汇之地。
    's06-p04.1': {
      source: 'faef45feb3',
      en: 'Historically, Turkmenistan lay at a crossroads of Eurasian transport routes and was a meeting place for the cultural traditions and customs of many peoples.',
      ru: 'Исторически Туркменистан находился на перекрёстке евразийских транспортных путей и был местом встречи культурных традиций и обычаев разных народов.',
    },
    // 如今，我们正与全球志同道合的朋友们一道，复兴丝绸之路承载的永恒价值。
    's06-p04.2': {
      source: 'eb0559170d',
      en: 'Today, together with like-minded friends around the world, we are reviving the timeless values that the Silk Road embodies.',
      ru: 'Сегодня вместе с друзьями-единомышленниками по всему миру мы возрождаем непреходящие ценности, которые несёт в себе Шёлковый путь.',
    },
    // 期待通过一系列实质性对话，各国之间能更好地相互理解，探索长期合作的新模式。
    's06-p04.3': {
      source: '6043dbaba6',
      en: 'I hope that, through a series of substantive dialogues, our countries will come to understand one another better and explore new models of long-term cooperation.',
      ru: 'Надеюсь, что благодаря серии содержательных диалогов наши страны смогут лучше понимать друг друга и искать новые модели долгосрочного сотрудничества.',
    },
  },
};
