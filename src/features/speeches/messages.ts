// The speech reader's words. zh and ru must carry every key en has (checked by the type).
const en = {
  title: 'Speeches',
  close: 'Close the speeches',
  speechList: 'All speeches',
  originalLanguage: 'The speeches are shown as published, in Chinese.',
  howToUse: 'Underlined words cite a project: select them to show it on the map. The highlighted sentence holds the quoted words, in bold.',
  mentionLabel: '{{text}} — show project: {{name}}',
  alsoCited: 'These words also cite: {{name}}',
  viewChoice: 'Show the speech',
  nameSource: 'Spelling of the name:',
  view: { original: 'Original', translation: 'Translation', 'side-by-side': 'Side by side' },
  column: { original: 'Original (Chinese)', translation: 'Translation (English)' },
};

type SpeechesMessages = typeof en;

const zh: SpeechesMessages = {
  title: '发言全文',
  close: '关闭发言',
  speechList: '全部发言',
  originalLanguage: '发言按发表时的中文原文呈现。',
  howToUse: '带下划线的文字提及项目，点击即可在地图上查看。高亮的句子包含所引用的文字（加粗）。',
  mentionLabel: '{{text}}——查看项目：{{name}}',
  alsoCited: '这段文字也提及：{{name}}',
  viewChoice: '发言显示方式',
  nameSource: '姓名拼写来源：',
  view: { original: '原文', translation: '译文', 'side-by-side': '对照' },
  column: { original: '原文（中文）', translation: '译文' },
};

const ru: SpeechesMessages = {
  title: 'Выступления',
  close: 'Закрыть выступления',
  speechList: 'Все выступления',
  originalLanguage: 'Выступления приводятся в том виде, в каком опубликованы, на китайском языке.',
  howToUse:
    'Подчёркнутые слова называют проект: выберите их, чтобы показать его на карте. Выделенное предложение содержит цитату (жирным шрифтом).',
  mentionLabel: '{{text}} — показать проект: {{name}}',
  alsoCited: 'Эти же слова относятся к проекту: {{name}}',
  viewChoice: 'Показать выступление',
  nameSource: 'Написание имени:',
  view: { original: 'Оригинал', translation: 'Перевод', 'side-by-side': 'Параллельно' },
  column: { original: 'Оригинал (китайский)', translation: 'Перевод (русский)' },
};

export const speechesMessages = { en, zh, ru };
