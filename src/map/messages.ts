export const mapMessages = {
  en: {},
  zh: {},
  ru: {},
};
