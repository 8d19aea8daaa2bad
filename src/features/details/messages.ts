export const detailsMessages = {
  en: {},
  zh: {},
  ru: {},
};
