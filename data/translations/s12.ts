// s12: 展现构建命运共同体的生动实践 — 新华通讯社阿拉木图分社社长 赵 宇
import type { SpeechTranslation } from './translationTypes';

export const s12: SpeechTranslation = {
  speech: 's12',
  // 展现构建命运共同体的生动实践
  headline: { source: '3e1a090c86', en: 'Showcasing the Vivid Practice of Building a Community with a Shared Future', ru: 'Показывать живую практику построения сообщества единой судьбы' },
  // 新华通讯社阿拉木图分社社长 赵 宇
  speaker: {
    source: '0a99cc66cd',
    name: { en: 'Zhao Yu', ru: 'Чжао Юй' },
    nameSource: { title: 'Hanyu Pinyin / Palladius transcription of the Chinese name', url: null, note: 'Chinese speaker: name as romanised by the atlas' },
    role: { en: 'Chief', ru: 'руководитель' },
    organization: { en: 'Almaty Bureau of Xinhua News Agency', ru: 'Отделение информационного агентства Синьхуа в Алматы' },
  },
  sentences: {
    // 2025中国—中亚媒体合作论坛是中国与中亚国家的媒体盛会，将为加强媒体友好交流与团结合作，促进中国与中亚国家相互尊重、睦邻友好、同舟共济、合作共赢发挥重要的积极作用。
    's12-p01.1': {
      source: 'e54fef75d2',
      en: 'The 2025 China–Central Asia Media Cooperation Forum is a major media gathering for China and the Central Asian countries and will play an important and positive role in strengthening friendly exchanges, solidarity and cooperation among the media, and in promoting mutual respect, good-neighbourly friendship, standing together through thick and thin, and win-win cooperation between China and the Central Asian countries.',
      ru: 'Форум по сотрудничеству СМИ «Китай — Центральная Азия» 2025 года — это большое медийное событие для Китая и стран Центральной Азии, которое сыграет важную позитивную роль в укреплении дружеских обменов, сплочённости и сотрудничества СМИ, а также в содействии взаимному уважению, добрососедству и дружбе, взаимовыручке в трудные времена и взаимовыгодному сотрудничеству между Китаем и странами Центральной Азии.',
    },
    // 中亚地处亚欧大陆腹地，安全形势错综复杂，经济可持续发展面临内外挑战。
    's12-p02.1': {
      source: '6a01460892',
      en: 'Central Asia lies in the heart of the Eurasian continent; its security situation is intricate and complex, and its sustainable economic development faces internal and external challenges.',
      ru: 'Центральная Азия расположена в самом сердце Евразийского континента; обстановка в сфере безопасности здесь сложная и запутанная, а устойчивое экономическое развитие сталкивается с внутренними и внешними вызовами.',
    },
    // 中国同中亚各国以合作促发展，共同维护地区和平。
    's12-p02.2': {
      source: '93ff9ca659',
      en: 'China and the Central Asian countries are promoting development through cooperation and jointly safeguarding regional peace.',
      ru: 'Китай и страны Центральной Азии содействуют развитию через сотрудничество и совместно поддерживают мир в регионе.',
    },
    // 共建“一带一路”倡议在中亚地区开花结果，双方相知相亲、互融互通，谱写了中国同中亚各国人民同甘共苦、心心相印的动人交响曲。
    's12-p02.3': {
      source: 'c5ef37a1fe',
      en: 'The Belt and Road Initiative has blossomed and borne fruit in Central Asia; the two sides have come to know each other and grown close, ever more integrated and connected, composing a moving symphony of the peoples of China and the Central Asian countries sharing weal and woe and united heart to heart.',
      ru: 'Инициатива «Один пояс, один путь» расцвела и принесла плоды в Центральной Азии; стороны лучше узнали друг друга и сблизились, их связи становятся всё теснее, и вместе они сложили трогательную симфонию, в которой народы Китая и стран Центральной Азии делят радости и невзгоды и живут душа в душу.',
    },
    // 今年4月，新华通讯社和中国驻阿拉木图总领馆联合主办“中国式现代化与中国—中亚命运共同体”红厅论坛。
    's12-p03.1': {
      source: '2ff30bd742',
      en: 'In April this year, Xinhua News Agency and the Chinese Consulate General in Almaty co-hosted the “Chinese Modernization and the China–Central Asia Community with a Shared Future” Red Hall Forum.',
      ru: 'В апреле этого года информационное агентство Синьхуа и Генеральное консульство КНР в Алматы совместно провели форум «Красный зал» на тему «Китайская модернизация и сообщество единой судьбы Китая и Центральной Азии».',
      quotes: {
        "“中国式现代化与中国—中亚命运共同体”红厅论坛": { en: '“Chinese Modernization and the China–Central Asia Community with a Shared Future” Red Hall Forum', ru: 'форум «Красный зал» на тему «Китайская модернизация и сообщество единой судьбы Китая и Центральной Азии»' },
        "新华通讯社和中国驻阿拉木图总领馆联合主办": { en: 'Xinhua News Agency and the Chinese Consulate General in Almaty co-hosted', ru: 'информационное агентство Синьхуа и Генеральное консульство КНР в Алматы совместно провели' },
      },
    },
    // 其间，哈萨克斯坦“一带一路”专家俱乐部主席苏尔丹诺夫先生说：“在中国人的理念里，朋友要长久，利益是共享的。”
    's12-p03.2': {
      source: 'a22d2040c1',
      en: 'During the forum, Mr Sultanov, Chairman of Kazakhstan’s Belt and Road Expert Club, said: “In the Chinese way of thinking, friendship should last, and benefits are to be shared.”',
      ru: 'В ходе форума председатель казахстанского Экспертного клуба «Один пояс, один путь» господин Султанов сказал: «В представлении китайцев дружба должна быть долгой, а выгода — общей».',
    },
    // 我们有责任讲好中国与中亚国家文明交流互鉴的精彩故事，展现双方构建命运共同体的生动实践和成功经验，描绘出双方守望相助、携手共赢的奋进画卷，让休戚与共、命运与共成为各国人民的共同信念和追求。
    's12-p04.1': {
      source: 'bac6593706',
      en: 'We have a responsibility to tell, and tell well, the compelling story of exchanges and mutual learning between the civilisations of China and the Central Asian countries, to showcase the vivid practice and successful experience of both sides in building a community with a shared future, to paint an inspiring picture of the two sides helping each other and striving together for win-win results, and to make sharing weal and woe and a shared future the common conviction and pursuit of the peoples of all our countries.',
      ru: 'Наш долг — ярко рассказывать историю обменов и взаимного обогащения цивилизаций Китая и стран Центральной Азии, показывать живую практику и успешный опыт построения сторонами сообщества единой судьбы, рисовать вдохновляющую картину взаимной поддержки и совместного движения к общему успеху, чтобы готовность делить радости и невзгоды и общая судьба стали общими убеждениями и устремлениями народов всех наших стран.',
    },
  },
};
