// Every message exists in all three languages: the same keys in zh, en and ru, namespace by
// namespace, and each counted message with every plural form its language's rules ask for.
import { describe, expect, it } from 'vitest';
import { briefMessages } from '../../src/features/brief/messages';
import { citeMessages } from '../../src/features/cite/messages';
import { embedMessages } from '../../src/features/embed/messages';
import { searchMessages } from '../../src/features/search/messages';
import { speechesMessages } from '../../src/features/speeches/messages';
import { statsMessages } from '../../src/features/stats/messages';
import { namespaces } from '../../src/i18n/i18n';

/** The first view's catalogs, and those each lazy feature registers when its chunk loads. */
const everyNamespace = {
  ...namespaces,
  brief: briefMessages,
  cite: citeMessages,
  embed: embedMessages,
  search: searchMessages,
  speeches: speechesMessages,
  stats: statsMessages,
};

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** A counted message's base key, without its plural form. */
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

describe('message catalogs', () => {
  for (const [namespace, catalogs] of Object.entries(everyNamespace)) {
    it(`${namespace}: zh and ru hold exactly the keys en holds`, () => {
      const english = [...new Set(keysOf(catalogs.en).map(baseKey))].sort();
      expect([...new Set(keysOf(catalogs.zh).map(baseKey))].sort()).toEqual(english);
      expect([...new Set(keysOf(catalogs.ru).map(baseKey))].sort()).toEqual(english);
    });

    for (const language of ['zh', 'en', 'ru'] as const) {
      it(`${namespace}: every counted ${language} message has the plural forms ${language} needs`, () => {
        const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const keys = keysOf(catalogs[language]);
        const counted = new Set(keys.filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey));
        const missing = [...counted].flatMap((base) => needed.filter((form) => !keys.includes(`${base}_${form}`)).map((form) => `${base}_${form}`));
        expect(missing).toEqual([]);
      });
    }
  }
});
