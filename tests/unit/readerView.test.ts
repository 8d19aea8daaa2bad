import { describe, expect, it } from 'vitest';
import { shownReaderView } from '../../src/features/speeches/readerView';

describe('shownReaderView', () => {
  it('opens the original in Chinese, whatever the link chose', () => {
    expect(shownReaderView(null, 'zh', true, false)).toBe('original');
    expect(shownReaderView('side-by-side', 'zh', true, false)).toBe('original');
  });

  it('opens English and Russian side by side on a wide screen and on the translation on a phone', () => {
    expect(shownReaderView(null, 'en', true, false)).toBe('side-by-side');
    expect(shownReaderView(null, 'ru', true, true)).toBe('translation');
  });

  it('shows what the visitor chose', () => {
    expect(shownReaderView('original', 'en', true, false)).toBe('original');
    expect(shownReaderView('side-by-side', 'ru', true, true)).toBe('side-by-side');
  });

  it('shows the original when the speech has no translation', () => {
    expect(shownReaderView('translation', 'en', false, false)).toBe('original');
  });
});
