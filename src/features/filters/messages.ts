export const filtersMessages = {
  en: {},
  zh: {},
  ru: {},
};
