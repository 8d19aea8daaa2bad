export const listMessages = {
  en: {},
  zh: {},
  ru: {},
};
