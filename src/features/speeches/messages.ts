export const speechesMessages = {
  en: {},
  zh: {},
  ru: {},
};
