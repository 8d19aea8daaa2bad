export const listMessages = {
  en: {
    heading: 'Projects',
    sortBy: 'Sort by',
    sort: {
      name: { ascending: 'Name (A–Z)', descending: 'Name (Z–A)' },
      capacity: { descending: 'Capacity (largest first)', ascending: 'Capacity (smallest first)' },
    },
    noCapacity: 'no capacity stated',
    unmapped: 'No location on the map',
    empty: 'No project matches these filters',
    clearFilters: 'Clear filters',
  },
  zh: {
    heading: '项目',
    sortBy: '排序方式',
    sort: {
      name: { ascending: '名称（升序）', descending: '名称（降序）' },
      capacity: { descending: '装机容量（从大到小）', ascending: '装机容量（从小到大）' },
    },
    noCapacity: '未说明装机容量',
    unmapped: '地图上无位置',
    empty: '没有符合这些筛选条件的项目',
    clearFilters: '清除筛选',
  },
  ru: {
    heading: 'Проекты',
    sortBy: 'Сортировка',
    sort: {
      name: { ascending: 'Название (А–Я)', descending: 'Название (Я–А)' },
      capacity: { descending: 'Мощность (по убыванию)', ascending: 'Мощность (по возрастанию)' },
    },
    noCapacity: 'мощность не указана',
    unmapped: 'Нет местоположения на карте',
    empty: 'Ни один проект не соответствует этим фильтрам',
    clearFilters: 'Сбросить фильтры',
  },
};
