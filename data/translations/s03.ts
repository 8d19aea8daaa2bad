// s03: 打造人文交往的多功能平台 — 哈萨克斯坦文化与信息部副部长 叶夫根尼·科切托夫
import type { SpeechTranslation } from './translationTypes';

export const s03: SpeechTranslation = {
  speech: 's03',
  // 打造人文交往的多功能平台
  headline: { source: 'a540e7f943', en: 'Building Multifunctional Platforms for Cultural and People-to-People Exchange', ru: 'Создавать многофункциональные площадки для гуманитарных обменов' },
  // 哈萨克斯坦文化与信息部副部长 叶夫根尼·科切托夫
  speaker: {
    source: '05579f5f06',
    name: { en: 'Evgeniy Kochetov', ru: 'Евгений Кочетов' },
    nameSource: {
      title: 'Azattyq Rýhy: вице-министр культуры и информации РК Евгений Кочетов о параде к 80-летию Победы (2025)',
      url: 'https://rus.azattyq-ruhy.kz/news/83284-kogda-v-astane-proidet-voennyi-parad-v-chest-80-letiia-pobedy-v-velikoi-otechestvennoi-voine/amp',
      note: 'Russian spelling «Евгений Кочетов» from news items quoting the vice minister (Azattyq Rýhy; also smi24.kz citing the ministry’s press service); the ministry’s own page was not found offline. No English spelling by the ministry was found offline; “Evgeniy Kochetov” follows the form given in the translation brief.',
    },
    role: { en: 'Vice Minister', ru: 'вице-министр' },
    organization: { en: 'Ministry of Culture and Information of the Republic of Kazakhstan', ru: 'Министерство культуры и информации Республики Казахстан' },
  },
  sentences: {
    // 近年来，我们见证了中亚各国与中国在文化和经济领域的交流不断紧密。
    's03-p01.1': {
      source: '5e46c571cc',
      en: 'In recent years, we have seen exchanges between the Central Asian countries and China in culture and the economy grow ever closer.',
      ru: 'В последние годы мы стали свидетелями того, как обмены между странами Центральной Азии и Китаем в сфере культуры и экономики становятся всё теснее.',
    },
    // 在此背景下，媒体合作日益成为中亚各国与中国之间合作的重要组成部分。
    's03-p01.2': {
      source: '58107e583f',
      en: 'Against this background, media cooperation is increasingly becoming an important part of cooperation between the Central Asian countries and China.',
      ru: 'На этом фоне сотрудничество в сфере СМИ всё больше становится важной составляющей сотрудничества между странами Центральной Азии и Китаем.',
    },
    // 通过定期交流和媒体联合项目的实施，各国人文交往不断拓展，并迈向新高度。
    's03-p02.1': {
      source: '991bb26fa0',
      en: 'Through regular exchanges and the implementation of joint media projects, cultural and people-to-people ties between our countries keep expanding and are reaching new heights.',
      ru: 'Благодаря регулярным обменам и реализации совместных медиапроектов гуманитарные связи между нашими странами постоянно расширяются и выходят на новый уровень.',
    },
    // 这不仅增强了彼此互信，也为更广泛范围内开展合作开辟了广阔前景。
    's03-p02.2': {
      source: '1339486ac9',
      en: 'This has not only strengthened mutual trust but also opened up broad prospects for cooperation on a wider scale.',
      ru: 'Это не только укрепило взаимное доверие, но и открыло большие перспективы для более масштабного сотрудничества.',
    },
    // 近年来，哈中媒体合作稳步推进，具有可持续性和长期性。
    's03-p03.1': {
      source: '2d69c29407',
      en: 'In recent years, media cooperation between Kazakhstan and China has advanced steadily and is sustainable and long-term in nature.',
      ru: 'В последние годы казахстанско-китайское сотрудничество в сфере СМИ неуклонно развивается и носит устойчивый и долгосрочный характер.',
    },
    // 中国·霍尔果斯—中亚媒体联合工作站的成立，为促进国家之间的文化交流提供了新动力。
    's03-p03.2': {
      source: '75d28ff56a',
      en: 'The establishment of the China (Horgos)–Central Asia Joint Media Workstation has given new impetus to cultural exchanges between countries.',
      ru: 'Создание совместной медиастанции «Китай (Хоргос) — Центральная Азия» придало новый импульс культурным обменам между странами.',
      quotes: {
        "中国·霍尔果斯—中亚媒体联合工作站": { en: 'China (Horgos)–Central Asia Joint Media Workstation', ru: 'совместной медиастанции «Китай (Хоргос) — Центральная Азия»' },
        "为促进国家之间的文化交流提供了新动力": { en: 'has given new impetus to cultural exchanges between countries', ru: 'придало новый импульс культурным обменам между странами' },
        "中国·霍尔果斯—中亚媒体联合工作站的成立": { en: 'The establishment of the China (Horgos)–Central Asia Joint Media Workstation', ru: 'Создание совместной медиастанции «Китай (Хоргос) — Центральная Азия»' },
      },
    },
    // 关于在两国首都设立文化中心的倡议，也为文化交流注入了新活力。
    's03-p03.3': {
      source: '25aa09029c',
      en: 'The initiative to establish cultural centres in the capitals of the two countries has also injected new vitality into cultural exchanges.',
      ru: 'Инициатива по созданию культурных центров в столицах двух стран также вдохнула новую жизнь в культурные обмены.',
      quotes: {
        "在两国首都设立文化中心": { en: 'establish cultural centres in the capitals of the two countries', ru: 'созданию культурных центров в столицах двух стран' },
        "关于在两国首都设立文化中心的倡议": { en: 'The initiative to establish cultural centres in the capitals of the two countries', ru: 'Инициатива по созданию культурных центров в столицах двух стран' },
      },
    },
    // 相信在各方的共同努力下，这些共建项目有望成为两国加强人文交往的多功能平台。
    's03-p03.4': {
      source: '2aba08804e',
      en: 'I believe that, with the joint efforts of all parties, these joint projects can become multifunctional platforms for strengthening cultural and people-to-people exchanges between our two countries.',
      ru: 'Уверен, что благодаря совместным усилиям всех сторон эти общие проекты смогут стать многофункциональными площадками для укрепления гуманитарных связей между двумя странами.',
    },
    // 当前，媒体和创意产业快速转型，平台经济、人工智能等新技术新业态的兴起，正深刻改变媒体的工作方式和用户的使用习惯。
    's03-p04.1': {
      source: 'd1184de136',
      en: 'Today, the media and creative industries are transforming rapidly, and the rise of new technologies and business models such as the platform economy and artificial intelligence is profoundly changing the way the media work and the habits of their users.',
      ru: 'Сегодня медиа и креативные индустрии стремительно трансформируются, а появление новых технологий и бизнес-моделей, таких как платформенная экономика и искусственный интеллект, глубоко меняет методы работы СМИ и привычки пользователей.',
    },
    // 哈萨克斯坦和中国在通过现代媒体推动文明互鉴方面已取得一些积极成果。
    's03-p05.1': {
      source: '46b2f63868',
      en: 'Kazakhstan and China have already achieved some positive results in promoting mutual learning among civilisations through modern media.',
      ru: 'Казахстан и Китай уже добились определённых положительных результатов в продвижении взаимного обогащения цивилизаций с помощью современных СМИ.',
    },
    // 我相信，本次论坛将为进一步深化合作和交流经验搭建良好平台。
    's03-p05.2': {
      source: 'c4411f6c77',
      en: 'I am confident that this forum will provide a good platform for further deepening cooperation and sharing experience.',
      ru: 'Я уверен, что нынешний форум станет хорошей площадкой для дальнейшего углубления сотрудничества и обмена опытом.',
    },
  },
};
