// A lazily loaded feature registers its own words when its chunk loads, so the entry chunk carries
// only what the first view says. Called at the feature module's top level, before it renders.
import { i18n } from './i18n';
import { LANGUAGES, type Language } from '../vocabulary';

export function registerMessages(namespace: string, messages: Record<Language, object>): void {
  for (const language of LANGUAGES) i18n.addResourceBundle(language, namespace, messages[language], true, false);
}
