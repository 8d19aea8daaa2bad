// s01: 为推动交流互信搭建桥梁 — 哈萨克斯坦总统广播电视总局总干事 晓姆·卡吉巴耶娃
import type { SpeechTranslation } from './translationTypes';

export const s01: SpeechTranslation = {
  speech: 's01',
  // 为推动交流互信搭建桥梁
  headline: { source: '6d0e3c6419', en: 'Building Bridges for Exchange and Mutual Trust', ru: 'Строить мосты для обменов и взаимного доверия' },
  // 哈萨克斯坦总统广播电视总局总干事 晓姆·卡吉巴耶娃
  speaker: {
    source: '84326aa589',
    name: { en: 'Raushan Kazhibayeva', ru: 'Раушан Кажибаева' },
    nameSource: {
      title: 'Tengrinews.kz: «Никакого секрета в нашей работе нет». Интервью с генеральным директором ТРК Президента (13 September 2024)',
      url: 'https://tengrinews.kz/article/nikakogo-sekreta-nashey-rabote-net-intervyu-generalnyim-2569',
      note: 'A news interview, not the organisation’s own page (its own staff page was not found offline). It names the general director of the TV and Radio Complex of the President as «Раушан Кажибаева» (Raushan Zhanabergenovna); the English “Raushan Kazhibayeva” is from an English rendering of the same interview (fakti.bg, 20 September 2024). The organisation name follows Kazinform, the complex’s own news agency (“Television and Radio Complex of the President of the Republic of Kazakhstan”). Caution: the Chinese text writes the given name 晓姆, which does not match “Raushan”; surname (卡吉巴耶娃) and post match, so the speaker is taken to be Raushan Kazhibayeva — to be confirmed.',
    },
    role: { en: 'Director General', ru: 'генеральный директор' },
    organization: { en: 'Television and Radio Complex of the President of the Republic of Kazakhstan', ru: 'Телерадиокомплекс Президента Республики Казахстан' },
  },
  sentences: {
    // 以前，古老的丝绸之路不仅促进了中国同中亚国家的贸易往来，也推动了各国民众之间的文明交流。
    's01-p01.1': {
      source: '368e63c396',
      en: 'In the past, the ancient Silk Road not only fostered trade between China and the Central Asian countries but also promoted civilisational exchanges among their peoples.',
      ru: 'В прошлом древний Шёлковый путь не только способствовал торговле Китая со странами Центральной Азии, но и развивал цивилизационные обмены между народами этих стран.',
    },
    // 丝绸之路是友好交往的见证者，也是巨大变革的催化劑。
    's01-p01.2': {
      source: 'd9e6335e1a',
      en: 'The Silk Road is a witness to friendly exchanges and a catalyst for great change.',
      ru: 'Шёлковый путь — свидетель дружественных связей и катализатор масштабных перемен.',
    },
    // 如今，曾经连接不同地区的陆上丝绸之路再次发挥重要的作用。
    's01-p02.1': {
      source: '301e84038c',
      en: 'Today, the overland Silk Road that once linked different regions is once again playing an important role.',
      ru: 'Сегодня сухопутный Шёлковый путь, некогда соединявший разные регионы, вновь играет важную роль.',
    },
    // 2013年9月，习近平主席在哈萨克斯坦首次提出共同建设“丝绸之路经济带”倡议。
    's01-p02.2': {
      source: '9c9942150c',
      en: 'In September 2013, President Xi Jinping first put forward in Kazakhstan the initiative to jointly build the “Silk Road Economic Belt”.',
      ru: 'В сентябре 2013 года Председатель КНР Си Цзиньпин, находясь в Казахстане, впервые выдвинул инициативу совместного строительства «Экономического пояса Шёлкового пути».',
    },
    // 此后形成的共建“一带一路”倡议，不仅聚焦基础设施建设和经济发展，更成为人类命运共同体理念的重要载体。
    's01-p02.3': {
      source: 'd52a5373dd',
      en: 'The Belt and Road Initiative that grew out of it not only focuses on infrastructure and economic development but has also become an important vehicle for the vision of a community with a shared future for humanity.',
      ru: 'Сложившаяся затем инициатива «Один пояс, один путь» не только сосредоточена на развитии инфраструктуры и экономики, но и стала важным проводником идеи сообщества единой судьбы человечества.',
    },
    // 我们讨论的不仅是商品的流通，也是理念、意义和信任的连接。
    's01-p03.1': {
      source: 'b4b74b57a6',
      en: 'What we are talking about is not only the movement of goods but also the connection of ideas, meanings and trust.',
      ru: 'Мы говорим не только о движении товаров, но и о соединении идей, смыслов и доверия.',
    },
    // 国家间的相知相亲始于彼此的理解和尊重，在这个过程中，媒体的作用不可低估。
    's01-p03.2': {
      source: 'c46b638290',
      en: 'Friendship and affinity between nations begin with mutual understanding and respect, and in this process the role of the media cannot be underestimated.',
      ru: 'Близость и дружба между странами начинаются с взаимопонимания и уважения, и в этом процессе роль СМИ нельзя недооценивать.',
    },
    // 媒体作为当下丝绸之路上的新“商队”，有助于为各国民众传递知识、文化、新闻和价值观。
    's01-p04.1': {
      source: '9242246c14',
      en: 'As the new “caravans” on today’s Silk Road, the media help carry knowledge, culture, news and values to the peoples of every country.',
      ru: 'СМИ как новые «караваны» современного Шёлкового пути помогают доносить до народов разных стран знания, культуру, новости и ценности.',
    },
    // 我们只有真诚、深入地讲好“一带一路”故事，才能增进彼此理解、消除偏见。
    's01-p04.2': {
      source: '580eb2b4f7',
      en: 'Only by telling the Belt and Road story sincerely and in depth can we deepen mutual understanding and dispel prejudice.',
      ru: 'Только искренне и глубоко рассказывая историю «Одного пояса, одного пути», мы сможем укрепить взаимопонимание и преодолеть предубеждения.',
    },
    // 媒体合作不仅是内容的交换共享，更能地区的和平与稳定作出贡献。
    's01-p05.1': {
      source: '48ffacd913',
      en: 'Media cooperation is not only about exchanging and sharing content; it can also contribute to peace and stability in the region.',
      ru: 'Сотрудничество СМИ — это не только обмен контентом и его совместное использование: оно способно внести вклад в мир и стабильность в регионе.',
    },
    // 愿我们以真诚、友好的态度增进合作，为推动各方交流互信搭建媒体桥梁。
    's01-p05.2': {
      source: '2821b67a70',
      en: 'May we strengthen our cooperation in a spirit of sincerity and friendship and build media bridges that advance exchange and mutual trust among all parties.',
      ru: 'Давайте же в духе искренности и дружбы укреплять сотрудничество и наводить медийные мосты, способствующие обменам и взаимному доверию между всеми сторонами.',
    },
  },
};
