// Which view the speech reader shows: the visitor's choice when there is something to choose.
import type { ReaderView } from '../../state/viewState';
import type { Language } from '../../vocabulary';

/**
 * The original in the Chinese interface and whenever the speech has no translation; else the
 * visitor's choice, by default both side by side, or on a phone the translation alone.
 */
export function shownReaderView(chosen: ReaderView | null, language: Language, translated: boolean, phone: boolean): ReaderView {
  if (language === 'zh' || !translated) return 'original';
  return chosen ?? (phone ? 'translation' : 'side-by-side');
}
