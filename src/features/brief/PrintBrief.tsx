// The brief as printed: the selection and when it was made, the map as shown, a table of the
// projects and their figures, every figure in the words of its speech, and where each location
// comes from. Shown only in print (brief.css); its content is shaped by src/domain/brief.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure, ProjectFeature, QuoteRef, Speech } from '../../data/atlasSchema';
import type { MapPicture } from '../../map/snapshotMap';
import type { AtlasData } from '../../vocabulary';
import { briefContent, briefSelection } from '../../domain/brief/briefContent';
import { formatQuantity } from '../../domain/format/formatQuantity';
import { sharedQuoteEvidence } from '../../domain/provenance/quoteEvidence';
import { headlineIn } from '../../domain/provenance/speechTranslation';
import { countryName } from '../../i18n/countryNames';
import { registerMessages } from '../../i18n/registerMessages';
import type { Language } from '../../vocabulary';
import { useVisibleProjects } from '../../state/useVisibleProjects';
import { useViewStore } from '../../state/viewStore';
import { QuoteWithEvidence } from '../../ui/FigureEvidence';
import { briefMessages } from './messages';
import './brief.css';

registerMessages('brief', briefMessages);

export function PrintBrief({ data, mapPicture, made, permalink, onReady }: { data: AtlasData; mapPicture: MapPicture | null; made: Date; permalink: string; onReady: () => void }) {
  const { t } = useTranslation(['brief', 'common']);
  const language = useViewStore((state) => state.language);
  const compared = useViewStore((state) => (state.view === 'compare' ? state.compare : null));
  const visible = useVisibleProjects(data);
  const brief = briefContent(briefSelection(compared, visible, data.projectsById), data.groupsById, data.speechesById);
  const rootRef = useRef<HTMLElement>(null);
  const latestOnReady = useRef(onReady);
  latestOnReady.current = onReady;
  // Printed once the map's picture is decoded, or the page would print without it.
  useEffect(() => {
    const image = rootRef.current?.querySelector('img');
    void (image?.decode() ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        rootRef.current?.setAttribute('data-brief-ready', 'true');
        latestOnReady.current();
      });
  }, []);
  const figureLabel = (figure: Figure) => {
    const metric = t(`common:metric.${figure.metric}`);
    return figure.phase === undefined ? metric : `${metric} (${t(`common:phase.${figure.phase}`)})`;
  };
  const formatted = (figure: Figure) => formatQuantity(figure.value, figure.unit, figure.qualifier, language);
  const figureList = (figures: readonly Figure[]) => figures.map((figure) => `${figureLabel(figure)}: ${formatted(figure)}`).join('; ');
  const names = (projects: readonly ProjectFeature[]) => projects.map((project) => project.properties.name[language]).join(t('common:listSeparator'));

  return (
    <article ref={rootRef} className="print-brief" lang={language}>
      <header className="print-brief__header">
        <h1>
          {t('common:appTitle')} — {t('title')}
        </h1>
        <p>
          {t('selection')} <SelectionLine data={data} language={language} comparedCount={compared?.length ?? null} />
        </p>
        <p>
          {t('made', { date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(made) })} · {t('permalink')}{' '}
          <a href={permalink}>{permalink}</a>
        </p>
      </header>

      <figure className="print-brief__map">
        {mapPicture === null ? <p>{t('noMap')}</p> : <img src={mapPicture.image} alt={t('mapAlt')} />}
        <figcaption>
          {t('map')}
          {mapPicture !== null && !mapPicture.withGeography && <> {t('noGeography')}</>}
        </figcaption>
      </figure>

      <section>
        <h2>{t('projects')}</h2>
        {brief.projects.length === 0 ? (
          <p>{t('emptySelection')}</p>
        ) : (
          <table className="print-brief__table">
            <thead>
              <tr>
                <th scope="col">{t('project')}</th>
                <th scope="col">{t('sector')}</th>
                <th scope="col">{t('countries')}</th>
                <th scope="col">{t('figures')}</th>
              </tr>
            </thead>
            <tbody>
              {brief.projects.map((project) => (
                <tr key={project.id}>
                  <th scope="row">{project.properties.name[language]}</th>
                  <td>{t(`common:sector.${project.properties.sector}`)}</td>
                  <td>{project.properties.countries.map((code) => countryName(code, language)).join(t('common:listSeparator'))}</td>
                  <td>{project.properties.figures.length === 0 ? t('noFigure') : figureList(project.properties.figures)}</td>
                </tr>
              ))}
              {brief.groups.map((group) => (
                <tr key={group.id}>
                  <th scope="row">{group.name[language]}</th>
                  <td colSpan={2}>{t('groupFigure', { members: names(group.members.flatMap((id) => data.projectsById.get(id) ?? [])) })}</td>
                  <td>{figureList(group.figures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {(brief.figures.length > 0 || brief.citations.length > 0) && (
        <section>
          <h2>{t('evidence')}</h2>
          {language !== 'zh' && <p className="print-brief__note">{t('translationNote')}</p>}
          <ul className="print-brief__evidence">
            {brief.evidence.map(({ speech, items }) => (
              <SentenceEvidence
                key={items[0].figure.id}
                speech={speech}
                quotes={items.map(({ figure }) => figure)}
                lines={items.map(({ figure, owner }) => (
                  <p key={figure.id} className="print-brief__figure">
                    {owner[language]} — {figureLabel(figure)}: <strong>{formatted(figure)}</strong>
                  </p>
                ))}
                language={language}
              />
            ))}
            {brief.citations.map(({ speech, items }) => (
              <SentenceEvidence
                key={`${speech.id}:${items[0].quote.span.paragraph}:${items[0].quote.span.start}`}
                speech={speech}
                quotes={items.map(({ quote }) => quote)}
                lines={
                  <p className="print-brief__figure">
                    {items.map(({ project }) => project[language]).join(t('common:listSeparator'))} — {t('named')}
                  </p>
                }
                language={language}
              />
            ))}
          </ul>
        </section>
      )}

      {brief.projects.length > 0 && (
        <section>
          <h2>{t('locations')}</h2>
          <p className="print-brief__note">{t('locationsNote')}</p>
          <ul className="print-brief__sources">
            {brief.locationSources.map(({ source, places }) => (
              <li key={`${source.title}:${source.url ?? ''}:${source.note}`}>
                <p>
                  <strong>{source.title}</strong>
                  {source.url !== null && (
                    <>
                      {' '}
                      <a href={source.url}>{source.url}</a>
                    </>
                  )}
                </p>
                {/* The curators wrote the notes in English. */}
                <p lang="en">{source.note}</p>
                <p>
                  {places
                    .map(({ project, location }) => t('placed', { project: project[language], place: location.place[language], precision: t(`common:precision.${location.precision}`) }))
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
          {brief.unplaced.length > 0 && <p>{t('unplaced', { list: brief.unplaced.map((name) => name[language]).join(t('common:listSeparator')) })}</p>}
        </section>
      )}
    </article>
  );
}

/** One sentence of a speech, quoted once for what it states (`lines`), each quote's words marked. */
function SentenceEvidence({ speech, quotes, lines, language }: { speech: Speech; quotes: readonly QuoteRef[]; lines: ReactNode; language: Language }) {
  const { t } = useTranslation('brief');
  return (
    <li>
      {lines}
      <QuoteWithEvidence quote={quotes[0]?.quote ?? ''} evidence={sharedQuoteEvidence(speech, quotes, language)} language={language} />
      <p className="print-brief__speech">{t('speech', { headline: headlineIn(speech, language) })}</p>
    </li>
  );
}

/** What the brief covers: the comparison, the filters' choices, or all projects. */
function SelectionLine({ data, language, comparedCount }: { data: AtlasData; language: Language; comparedCount: number | null }) {
  const { t } = useTranslation(['brief', 'common']);
  const filters = useViewStore((state) => state.filters);
  if (comparedCount !== null) return t('compared', { count: comparedCount });
  const separator = t('common:listSeparator');
  const lines = [
    { name: t('common:fact.countries'), values: filters.countries.map((code) => countryName(code, language)) },
    { name: t('common:fact.sector'), values: filters.sectors.map((sector) => t(`common:sector.${sector}`)) },
    { name: t('common:fact.builder'), values: filters.builders.map((id) => data.organizationsById.get(id)?.name[language] ?? id) },
  ].filter(({ values }) => values.length > 0);
  if (lines.length === 0) return t('allProjects');
  return lines.map(({ name, values }) => t('filterLine', { name, values: values.join(separator) })).join(' · ');
}
