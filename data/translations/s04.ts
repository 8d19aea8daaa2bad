// s04: 当好国际合作的“助推器” — 中国—中亚机制秘书长 孙玮东
import type { SpeechTranslation } from './translationTypes';

export const s04: SpeechTranslation = {
  speech: 's04',
  // 当好国际合作的“助推器”
  headline: { source: '3982c08a73', en: 'Serving as a “Booster” for International Cooperation', ru: 'Быть «ускорителем» международного сотрудничества' },
  // 中国—中亚机制秘书长 孙玮东
  speaker: {
    source: 'ba211193ad',
    name: { en: 'Sun Weidong', ru: 'Сунь Вэйдун' },
    nameSource: {
      title: 'Hanyu Pinyin / Palladius transcription of the Chinese name',
      url: null,
      note: 'Chinese speaker: name as romanised by the atlas',
    },
    role: { en: 'Secretary-General', ru: 'генеральный секретарь' },
    organization: { en: 'China–Central Asia Secretariat', ru: 'Секретариат механизма «Китай — Центральная Азия»' },
  },
  sentences: {
    // 2025中国—中亚媒体合作论坛为中国同中亚国家主流媒体加强交流、深化合作提供了重要平台。
    's04-p01.1': {
      source: '05537c554d',
      en: 'The 2025 China–Central Asia Media Cooperation Forum has provided an important platform for mainstream media in China and the Central Asian countries to strengthen exchanges and deepen cooperation.',
      ru: 'Форум по сотрудничеству СМИ «Китай — Центральная Азия» 2025 года стал важной площадкой для укрепления обменов и углубления сотрудничества между ведущими СМИ Китая и стран Центральной Азии.',
    },
    // 近年来，中国同中亚国家关系更加紧密，政治和战略互信不断加深，各领域合作全面深入发展。
    's04-p01.2': {
      source: '7c415c99a5',
      en: 'In recent years, relations between China and the Central Asian countries have grown closer, political and strategic mutual trust has kept deepening, and cooperation in all fields has developed comprehensively and in depth.',
      ru: 'В последние годы отношения Китая со странами Центральной Азии становятся всё теснее, политическое и стратегическое взаимное доверие неуклонно углубляется, а сотрудничество во всех областях развивается всесторонне и глубоко.',
    },
    // 媒体是中国同中亚国家深化互利合作和友好情谊的桥梁与纽带，承担着夯实建设中国—中亚命运共同体社会基础的重要职能。
    's04-p02.1': {
      source: 'fc0f639e9a',
      en: 'The media are a bridge and a bond for deepening mutually beneficial cooperation and friendship between China and the Central Asian countries, and they perform the important function of consolidating the social foundation for building a China–Central Asia community with a shared future.',
      ru: 'СМИ служат мостом и связующим звеном для углубления взаимовыгодного сотрудничества и дружбы между Китаем и странами Центральной Азии и выполняют важную функцию укрепления социальной основы для построения сообщества единой судьбы Китая и Центральной Азии.',
    },
    // 首届中国—中亚峰会以来，中国与中亚媒体之间的交流合作更加密切，触达各国广大民众，有力加强了区域合作，有力促进了民心相通。
    's04-p02.2': {
      source: '1288214464',
      en: 'Since the first China–Central Asia Summit, exchanges and cooperation between Chinese and Central Asian media have grown closer, reaching broad audiences in every country, powerfully strengthening regional cooperation and greatly promoting people-to-people bonds.',
      ru: 'После первого саммита «Китай — Центральная Азия» обмены и сотрудничество между СМИ Китая и Центральной Азии стали ещё теснее, охватили широкую аудиторию во всех странах, значительно укрепили региональное сотрудничество и действенно способствовали сближению народов.',
    },
    // 希望各国媒体聚焦发展与合作，讲好各国人民建设现代化国家、共同追求美好生活的故事，宣介中国同中亚国家在国际事务中的共同立场和主张，抵制任何形式的虚假信息，在维护自身正当权益的同时，捍卫国际公平正义。
    's04-p03.1': {
      source: '0463dfb7b0',
      en: 'I hope that the media of our countries will focus on development and cooperation, tell, and tell well, the stories of our peoples building modern nations and jointly pursuing a better life, make known the common positions and proposals of China and the Central Asian countries on international affairs, resist disinformation in all its forms, and uphold international fairness and justice while safeguarding their own legitimate rights and interests.',
      ru: 'Надеюсь, что СМИ наших стран сосредоточатся на развитии и сотрудничестве, будут ярко рассказывать о том, как наши народы строят современные государства и вместе стремятся к лучшей жизни, разъяснять общие позиции и предложения Китая и стран Центральной Азии в международных делах, противостоять дезинформации в любых её формах и, защищая собственные законные права и интересы, отстаивать международную справедливость.',
    },
    // 今年4月，中国—中亚外长第六次会晤举行，各方表示支持中国—中亚机制秘书处全面运营。
    's04-p04.1': {
      source: 'f2736c9e47',
      en: 'In April this year, the sixth China–Central Asia Foreign Ministers’ Meeting was held, at which all parties expressed support for the full operation of the China–Central Asia Secretariat.',
      ru: 'В апреле этого года состоялась шестая встреча министров иностранных дел Китая и стран Центральной Азии, на которой все стороны выразили поддержку полноценной работе Секретариата механизма «Китай — Центральная Азия».',
    },
    // 秘书处愿同各方密切配合，当好中国—中亚机制建设及六国合作的“助推器”。
    's04-p04.2': {
      source: '9ffeb2fe5e',
      en: 'The Secretariat stands ready to work closely with all parties and to serve as a “booster” for building the China–Central Asia mechanism and for cooperation among the six countries.',
      ru: 'Секретариат готов тесно взаимодействовать со всеми сторонами и быть «ускорителем» развития механизма «Китай — Центральная Азия» и сотрудничества шести стран.',
    },
  },
};
