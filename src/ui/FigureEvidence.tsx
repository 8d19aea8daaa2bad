// A figure with its evidence, the same wherever it is shown (details, citation card, embed, brief):
// the figure as formatted, the sentence that states it in the original, its translation, the speaker.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteEvidence } from '../domain/provenance/quoteEvidence';
import { MarkedWords } from './MarkedWords';
import './figureEvidence.css';

export function FigureEvidence({
  label,
  value,
  formatted,
  children,
  ...quote
}: {
  /** What the figure measures; left out where a heading already says it. */
  label?: string;
  value: number;
  formatted: string;
  /** Actions on the figure (Cite, Read in the speech). */
  children?: ReactNode;
} & QuoteEvidenceProps) {
  return (
    <div className="figure-evidence">
      {label !== undefined && <p className="figure-evidence__label">{label}</p>}
      <p className="figure-evidence__value">
        <data value={value}>{formatted}</data>
      </p>
      <QuoteWithEvidence {...quote} />
      {children}
    </div>
  );
}

interface QuoteEvidenceProps {
  /** The quoted words, shown alone when the dataset lacks the speech. */
  quote: string;
  evidence: QuoteEvidence | null;
  /** The interface language, which the translation is in. */
  language: string;
  /** Said under the translation (that the atlas made it), where nothing nearby says so. */
  translationNote?: string;
  /** Without a translation, show only the quoted words inline instead of their whole sentence (short mentions). */
  wordsOnly?: boolean;
}

/** The speech's own words (their sentence, marked), the sentence in translation, and who said them. */
export function QuoteWithEvidence({ quote, evidence, language, translationNote, wordsOnly = false }: QuoteEvidenceProps) {
  const { t } = useTranslation('common');
  const translation = evidence?.translation ?? null;
  const speaker = evidence?.speaker ?? null;
  return (
    <>
      {evidence === null || (wordsOnly && translation === null) ? (
        <q lang="zh" className="figure-evidence__quote">
          {quote}
        </q>
      ) : (
        <blockquote lang="zh" className="figure-evidence__quote">
          <MarkedWords sentence={evidence.original} />
        </blockquote>
      )}
      {translation !== null && (
        <p lang={language} className="figure-evidence__translation">
          <MarkedWords sentence={translation} />
          {translationNote !== undefined && <small className="figure-evidence__note"> — {translationNote}</small>}
        </p>
      )}
      {speaker !== null && (
        <p className="figure-evidence__speaker">
          {t('speaker')} <span lang={speaker.language}>{t('speakerLine', { lng: speaker.language, ...speaker })}</span>
        </p>
      )}
    </>
  );
}
