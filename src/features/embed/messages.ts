// The embed's and the "Embed…" dialog's words; registered when their chunk loads.
const en = {
  openInAtlas: 'Open in Silk Road Atlas',
  opensInNewTab: '(opens in a new tab)',
  figures: 'Figures from the speeches',
  noFigures: 'No figure stated in the speeches for this project alone',
  translation: 'Translation by the atlas',
  dialogTitle: 'Embed this view',
  dialogHelp: 'Paste this into your page. It shows the current view (filters, selected project, map position) without the atlas’s controls.',
  height: 'Height',
  heightPx: '{{height}} px',
  responsive: 'Resize to the content (adds a small script)',
  snippet: 'Embed code',
  copy: 'Copy code',
  copied: 'Copied',
  close: 'Close',
  framingNote: 'The page must allow framing by your site; see the README, “Embed a view”.',
};

type EmbedMessages = typeof en;

const zh: EmbedMessages = {
  openInAtlas: '在丝路图志中打开',
  opensInNewTab: '（在新标签页打开）',
  figures: '发言中的数据',
  noFigures: '发言中未单独提及该项目的数据',
  translation: '本图志译文',
  dialogTitle: '嵌入当前视图',
  dialogHelp: '将以下代码粘贴到您的网页中。它显示当前视图（筛选、所选项目、地图位置），不含图志的操作界面。',
  height: '高度',
  heightPx: '{{height}} 像素',
  responsive: '随内容调整高度（附带一段小脚本）',
  snippet: '嵌入代码',
  copy: '复制代码',
  copied: '已复制',
  close: '关闭',
  framingNote: '托管本图志的服务器须允许您的网站嵌入；见 README“Embed a view”。',
};

const ru: EmbedMessages = {
  openInAtlas: 'Открыть в Атласе Шёлкового пути',
  opensInNewTab: '(откроется в новой вкладке)',
  figures: 'Цифры из выступлений',
  noFigures: 'Отдельно для этого проекта цифры в выступлениях не приводятся',
  translation: 'Перевод атласа',
  dialogTitle: 'Встроить этот вид',
  dialogHelp: 'Вставьте этот код на свою страницу. Он показывает текущий вид (фильтры, выбранный проект, положение карты) без элементов управления атласа.',
  height: 'Высота',
  heightPx: '{{height}} пикс.',
  responsive: 'Подстраивать высоту под содержимое (добавляет небольшой скрипт)',
  snippet: 'Код для встраивания',
  copy: 'Копировать код',
  copied: 'Скопировано',
  close: 'Закрыть',
  framingNote: 'Сервер атласа должен разрешать встраивание на ваш сайт; см. README, «Embed a view».',
};

export const embedMessages = { en, zh, ru };
