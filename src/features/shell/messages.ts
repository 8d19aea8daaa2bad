export const shellMessages = {
  en: {
    loading: 'Loading the atlas…',
    loadFailed: 'The atlas could not be loaded',
    retry: 'Try again',
    noticeTitle: 'Some parts of the link were not understood and were ignored:',
    dismiss: 'Dismiss',
    speeches: 'Speeches',
    skipToList: 'Skip to project list',
  },
  zh: {
    loading: '正在加载图志…',
    loadFailed: '图志数据无法加载',
    retry: '重试',
    noticeTitle: '链接中的部分参数无法识别，已忽略：',
    dismiss: '关闭',
    speeches: '发言全文',
    skipToList: '跳至项目列表',
  },
  ru: {
    loading: 'Загрузка атласа…',
    loadFailed: 'Не удалось загрузить атлас',
    retry: 'Повторить',
    noticeTitle: 'Часть ссылки не распознана и пропущена:',
    dismiss: 'Закрыть',
    speeches: 'Выступления',
    skipToList: 'К списку проектов',
  },
};
