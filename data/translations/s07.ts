// s07: 用好报道编织连接彼此的精神纽带 — 中央广播电视总台亚欧总站站长 王 斌
import type { SpeechTranslation } from './translationTypes';

export const s07: SpeechTranslation = {
  speech: 's07',
  // 用好报道编织连接彼此的精神纽带
  headline: { source: '24843279ab', en: 'Weaving the Spiritual Bonds That Connect Us Through Good Reporting', ru: 'Хорошими репортажами сплетать духовные узы, связывающие нас' },
  // 中央广播电视总台亚欧总站站长 王 斌
  speaker: {
    source: '66ca6e4994',
    name: { en: 'Wang Bin', ru: 'Ван Бинь' },
    nameSource: { title: 'Hanyu Pinyin / Palladius transcription of the Chinese name', url: null, note: 'Chinese speaker: name as romanised by the atlas' },
    role: { en: 'Head', ru: 'руководитель' },
    organization: { en: 'Eurasian Bureau of China Media Group (CMG)', ru: 'Евразийское бюро Медиакорпорации Китая (CMG)' },
  },
  sentences: {
    // 作为中国与中亚国家媒体交流的见证者、记录者和推动者，中央广播电视总台始终以媒体之力架设友谊之桥，以文化之光照亮合作之路。
    's07-p01.1': {
      source: 'eb31978156',
      en: 'As a witness to, chronicler of and driving force behind media exchanges between China and the Central Asian countries, China Media Group (CMG) has always used the power of the media to build bridges of friendship and the light of culture to illuminate the path of cooperation.',
      ru: 'Будучи свидетелем, летописцем и движущей силой медийных обменов между Китаем и странами Центральной Азии, Медиакорпорация Китая (CMG) неизменно силой СМИ возводит мосты дружбы и светом культуры освещает путь сотрудничества.',
    },
    // 从“直通中亚”新闻机制落地，到《平“语”近人》多语种版热播，总台共建“新闻热线”平台，实现内容共享，联合摄制纪录片，用镜头记录中国与中亚国家共同发展的时代脉搏。
    's07-p01.2': {
      source: 'a875260b86',
      en: 'From the launch of the “Direct to Central Asia” news mechanism to the popular broadcasts of the multilingual versions of “Classic Quotes by Xi Jinping”, CMG has jointly built the “News Hotline” platform for content sharing and co-produced documentaries, using the camera to record the pulse of an era of shared development for China and the Central Asian countries.',
      ru: 'От запуска новостного механизма «Прямо в Центральную Азию» до успешного показа многоязычных версий программы «Любимые крылатые выражения Си Цзиньпина» — CMG совместно с партнёрами создала платформу «Новостная горячая линия» для обмена контентом и снимала совместные документальные фильмы, запечатлевая в кадре пульс эпохи общего развития Китая и стран Центральной Азии.',
      quotes: {
        "“直通中亚”新闻机制": { en: '“Direct to Central Asia” news mechanism', ru: 'новостного механизма «Прямо в Центральную Азию»' },
        "《平“语”近人》多语种版": { en: 'multilingual versions of “Classic Quotes by Xi Jinping”', ru: 'многоязычных версий программы «Любимые крылатые выражения Си Цзиньпина»' },
        "共建“新闻热线”平台": { en: 'jointly built the “News Hotline” platform', ru: 'совместно с партнёрами создала платформу «Новостная горячая линия»' },
        "联合摄制纪录片": { en: 'co-produced documentaries', ru: 'снимала совместные документальные фильмы' },
        "“直通中亚”新闻机制落地": { en: 'the launch of the “Direct to Central Asia” news mechanism', ru: 'запуска новостного механизма «Прямо в Центральную Азию»' },
        "《平“语”近人》多语种版热播": { en: 'the popular broadcasts of the multilingual versions of “Classic Quotes by Xi Jinping”', ru: 'успешного показа многоязычных версий программы «Любимые крылатые выражения Си Цзиньпина»' },
        "实现内容共享": { en: 'for content sharing', ru: 'для обмена контентом' },
      },
    },
    // 中央广播电视总台将倡议成立“中国—中亚新闻联盟”，这一联盟将致力于建立新闻资源共享机制，共讲中国—中亚高质量发展故事；开展人工智能、5G传播等前沿领域合作，提升区域媒体竞争力；以文明对话抵制偏见，以客观报道增进理解，筑牢命运共同体的人文根基。
    's07-p02.1': {
      source: '5e760352e8',
      en: 'CMG will propose the establishment of a “China–Central Asia News Alliance”, which will work to set up a mechanism for sharing news resources so that together we tell the story of high-quality development in China and Central Asia; to cooperate in frontier fields such as artificial intelligence and 5G communication, making the region’s media more competitive; and to counter prejudice through dialogue between civilisations and foster understanding through objective reporting, consolidating the people-to-people foundations of a community with a shared future.',
      ru: 'CMG предложит создать Новостной альянс «Китай — Центральная Азия», который будет работать над механизмом обмена новостными ресурсами, чтобы вместе рассказывать историю высококачественного развития Китая и Центральной Азии; развивать сотрудничество в таких передовых областях, как искусственный интеллект и связь 5G, повышая конкурентоспособность СМИ региона; противостоять предубеждениям через диалог цивилизаций и укреплять взаимопонимание объективными репортажами, закладывая прочную гуманитарную основу сообщества единой судьбы.',
      quotes: {
        "倡议成立“中国—中亚新闻联盟”": { en: 'propose the establishment of a “China–Central Asia News Alliance”', ru: 'предложит создать Новостной альянс «Китай — Центральная Азия»' },
        "中央广播电视总台将倡议成立“中国—中亚新闻联盟”": { en: 'CMG will propose the establishment of a “China–Central Asia News Alliance”', ru: 'CMG предложит создать Новостной альянс «Китай — Центральная Азия»' },
      },
    },
    // 当中亚五国与中国的发展故事同频共振，必能奏响和平、发展、合作、共赢的时代强音。
    's07-p03.1': {
      source: '1e88f07028',
      en: 'When the development stories of the five Central Asian countries and China resonate in unison, they will surely sound a powerful keynote of our times: peace, development, cooperation and win-win results.',
      ru: 'Когда истории развития пяти стран Центральной Азии и Китая звучат в унисон, они непременно сливаются в мощный голос эпохи — голос мира, развития, сотрудничества и взаимной выгоды.',
    },
    // 几千年前，驼铃商队踏出横贯欧亚的丝绸之路；当下，各国媒体人用好故事、好报道编织连接彼此的精神纽带。
    's07-p03.2': {
      source: '7bb58f0655',
      en: 'Thousands of years ago, camel caravans with their ringing bells beat out the Silk Road across Eurasia; today, journalists from our countries are using good stories and good reporting to weave the spiritual bonds that connect us.',
      ru: 'Тысячи лет назад караваны верблюдов под звон колокольчиков проложили Шёлковый путь через всю Евразию; сегодня журналисты наших стран хорошими историями и хорошими репортажами сплетают духовные узы, связывающие нас.',
    },
    // 让我们赓续丝路精神，深化交流合作，为构建更紧密的中国—中亚命运共同体贡献智慧。
    's07-p03.3': {
      source: 'fbb578401e',
      en: 'Let us carry forward the Silk Road spirit, deepen exchanges and cooperation, and contribute our wisdom to building an even closer China–Central Asia community with a shared future.',
      ru: 'Давайте хранить и развивать дух Шёлкового пути, углублять обмены и сотрудничество и вносить свою мудрость в построение ещё более тесного сообщества единой судьбы Китая и Центральной Азии.',
    },
  },
};
