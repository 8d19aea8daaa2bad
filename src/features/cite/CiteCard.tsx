// A figure ready to cite: the figure as formatted, the sentence that states it (and its
// translation), who said it where, a link that opens that sentence, and three reference styles.
// Loaded when first asked for (a "Cite" button, or ?embed=figure).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { citedSpeech } from '../../domain/citation/citedSpeech';
import { findFigure } from '../../domain/citation/findFigure';
import { formatApa, formatGbt, formatGost } from '../../domain/citation/formatCitations';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { quoteEvidence } from '../../domain/provenance/quoteEvidence';
import { headlineIn } from '../../domain/provenance/speechTranslation';
import { i18n } from '../../i18n/i18n';
import { registerMessages } from '../../i18n/registerMessages';
import { defaultViewState, serializeViewState } from '../../state/viewState';
import { useCopyText } from '../../ui/useCopyText';
import { FigureEvidence } from '../../ui/FigureEvidence';
import { citeMessages } from './messages';
import './cite.css';
import type { AtlasData, Language } from '../../vocabulary';

registerMessages('cite', citeMessages);

/** The atlas's own address, without the query: where permalinks lead. */
export function atlasAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function CiteCard({ data, figureId, language }: { data: AtlasData; figureId: string; language: Language }) {
  const { t } = useTranslation(['cite', 'common']);
  const headingId = useId();
  const found = findFigure(data.atlas, figureId);
  if (found === null) {
    return (
      <article className="cite-card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('title')}</h2>
        <p role="alert">{t('notFound', { id: figureId })}</p>
        <a href={`${atlasAddress()}${serializeViewState(defaultViewState(language))}`} target="_blank" rel="noopener">
          {t('openAtlas')}
        </a>
      </article>
    );
  }
  const { figure, owner, project } = found;
  const speech = data.speechesById.get(figure.speech);
  const metric = t(`common:metric.${figure.metric}`);
  const label = figure.phase === undefined ? metric : `${metric} (${t(`common:phase.${figure.phase}`)})`;
  const permalink = `${atlasAddress()}${serializeViewState({ ...defaultViewState(language), project, speech: figure.speech, quote: figure.span })}`;
  if (speech === undefined) return null;
  const source = citedSpeech(speech, data.atlas.source.title, permalink, today());
  const apa = formatApa(source);
  const styles = [
    { key: 'apa', text: apa.text, italic: apa.italic },
    { key: 'gbt', text: formatGbt(source), italic: null },
    { key: 'gost', text: formatGost(source, i18n.t('common:appTitle', { lng: 'ru' })), italic: null },
  ] as const;
  return (
    <article className="cite-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="cite-card__title">
        {label} — {owner[language]}
      </h2>
      <FigureEvidence
        value={figure.value}
        formatted={formatQuantity(figure.value, figure.unit, figure.qualifier, language)}
        quote={figure.quote}
        evidence={quoteEvidence(speech, figure, language)}
        language={language}
        translationNote={t('translation')}
      />
      <dl className="cite-card__facts">
        <div>
          <dt>{t('speech')}</dt>
          <dd>{headlineIn(speech, language)}</dd>
        </div>
        <div>
          <dt>{t('forum')}</dt>
          <dd>{source.forum[language]}</dd>
        </div>
        <div>
          <dt>{t('date')}</dt>
          <dd>{source.year === null ? t('noDate') : t('dateNote', { year: source.year })}</dd>
        </div>
        <div>
          <dt>{t('permalink')}</dt>
          <dd>
            <a href={permalink} className="cite-card__permalink" target="_blank" rel="noopener">
              {permalink}
            </a>
          </dd>
        </div>
      </dl>
      <h3 className="cite-card__subheading">{t('citations')}</h3>
      {styles.map((style) => (
        <CitationText key={style.key} style={t(style.key)} text={style.text} italic={style.italic} />
      ))}
    </article>
  );
}

/** One style's reference, with its title in italics where the style asks, and a Copy button. */
function CitationText({ style, text, italic }: { style: string; text: string; italic: string | null }) {
  const { t } = useTranslation('cite');
  const { state, copy } = useCopyText();
  const at = italic === null ? -1 : text.indexOf(italic);
  return (
    <div className="citation" role="group" aria-label={style}>
      <h4 className="citation__style">{style}</h4>
      <p className="citation__text">
        {at < 0 || italic === null ? (
          text
        ) : (
          <>
            {text.slice(0, at)}
            <i>{italic}</i>
            {text.slice(at + italic.length)}
          </>
        )}
      </p>
      <button type="button" className="button-outline" aria-label={t('copySubject', { style })} onClick={() => void copy(text)}>
        {t('copy')}
      </button>
      <span role="status" className="citation__status">
        {state === 'copied' ? t('copied') : ''}
      </span>
      {typeof state === 'object' && (
        <textarea className="citation__manual" readOnly value={state.manual} aria-label={t('copyByHand')} onFocus={(event) => event.target.select()} autoFocus />
      )}
    </div>
  );
}
