// One i18next instance; each feature owns its namespace of messages, common holds the shared words.
// The first view's namespaces are here; lazy features (speeches, search, cite, embed) register
// theirs when they load (registerMessages.ts).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { compareMessages } from '../features/compare/messages';
import { detailsMessages } from '../features/details/messages';
import { filtersMessages } from '../features/filters/messages';
import { layersMessages } from '../features/layers/messages';
import { listMessages } from '../features/list/messages';
import { shellMessages } from '../features/shell/messages';
import { loadMessages } from '../data/loadMessages';
import { mapMessages } from '../map/messages';
import { useViewStore } from '../state/viewStore';
import { common } from './common';
import type { briefMessages } from '../features/brief/messages';
import type { citeMessages } from '../features/cite/messages';
import type { embedMessages } from '../features/embed/messages';
import type { searchMessages } from '../features/search/messages';
import type { speechesMessages } from '../features/speeches/messages';
import type { statsMessages } from '../features/stats/messages';
import { LANGUAGES, type Language } from '../vocabulary';

/** Catalogs of lazily loaded features: typed here, registered by each feature when its chunk loads. */
interface LazyNamespaces {
  brief: typeof briefMessages;
  cite: typeof citeMessages;
  embed: typeof embedMessages;
  search: typeof searchMessages;
  speeches: typeof speechesMessages;
  stats: typeof statsMessages;
}

export const namespaces = {
  common,
  shell: shellMessages,
  details: detailsMessages,
  filters: filtersMessages,
  list: listMessages,
  map: mapMessages,
  compare: compareMessages,
  layers: layersMessages,
  load: loadMessages,
};

function resourcesFor(language: Language) {
  return Object.fromEntries(Object.entries(namespaces).map(([namespace, messages]) => [namespace, messages[language]]));
}

export const i18n = i18next.createInstance();

// The page says which language it is in, from the first render on (screen readers, fonts, hyphenation).
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, resourcesFor(language)])),
  // The store has read the link (or the browser's languages) already: start in its language.
  lng: useViewStore.getState().language,
  fallbackLng: 'en',
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Message keys are typed from the English catalogs: a misspelt key or namespace fails the typecheck
// (a unit test checks that zh and ru hold the same keys as en).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { [Namespace in keyof typeof namespaces]: (typeof namespaces)[Namespace]['en'] } & {
      [Namespace in keyof LazyNamespaces]: LazyNamespaces[Namespace]['en'];
    };
  }
}
