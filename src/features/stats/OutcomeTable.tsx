// What the shown projects bring, one row per figure and unit: the total, what each part of it is
// stated for (a group once, with its members), and how many shown projects state nothing.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../../data/atlasSchema';
import { formatNumber, formatQuantity, unitLabel } from '../../domain/format/formatQuantity';
import type { FigureContribution } from '../../domain/stats/figureContributions';
import type { OutcomeRow } from '../../domain/stats/outcomeTotals';
import { ProjectButton, QuoteButton, ShowMoreButton, useListLimit } from './StatsButtons';
import { subjectName, totalText } from './statsText';
import type { Language } from '../../vocabulary';

export function OutcomeTable({ rows, shown, language }: { rows: readonly OutcomeRow[]; shown: readonly ProjectFeature[]; language: Language }) {
  const { t } = useTranslation(['stats', 'common']);
  const headingId = useId();
  const approximate = rows.some((row) => row.total !== null && row.total.qualifier !== null);
  return (
    <section className="stats__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('outcomesHeading')}</h3>
      <p className="stats__intro">{t('outcomesIntro')}</p>
      <table className="stats__table">
        <thead>
          <tr>
            <th scope="col">{t('figure')}</th>
            <th scope="col">{t('total')}</th>
            <th scope="col">{t('statedFor')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const metric = t(`common:metric.${row.metric}`);
            return (
              <tr key={`${row.metric}-${row.unit}`}>
                <th scope="row">
                  {t('titleWithUnit', { title: metric, unit: unitLabel(row.unit, language) })}
                </th>
                <td className="stats__total">{row.total === null ? t('notAdditive') : totalText(row.total, language)}</td>
                <td>
                  <Contributions contributions={row.contributions} metric={metric} language={language} />
                  {row.unstated.length > 0 && (
                    <p className="stats__unstated">
                      {t('notStatedFor', { count: shown.length, number: formatNumber(row.unstated.length, language) })}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {approximate && <p className="stats__note">{t('approximateNote')}</p>}
    </section>
  );
}

/** The figures making up a total; a few at first, since a total at scale has thousands. */
function Contributions({ contributions, metric, language }: { contributions: readonly FigureContribution[]; metric: string; language: Language }) {
  const { first, rest, showMore } = useListLimit(contributions);
  return (
    <>
      <ul className="stats__contributions">
        {first.map((contribution) => (
          <Contribution key={contribution.figure.id} contribution={contribution} metric={metric} language={language} />
        ))}
      </ul>
      <ShowMoreButton rest={rest} onClick={showMore} language={language} />
    </>
  );
}

function Contribution({ contribution: { subject, figure }, metric, language }: { contribution: FigureContribution; metric: string; language: Language }) {
  const { t } = useTranslation(['stats', 'common']);
  const name = subjectName(subject, language);
  return (
    <li className="stats__contribution">
      <div className="stats__contribution-line">
        {subject.kind === 'project' ? <ProjectButton project={subject.project} language={language} /> : <span className="stats__group-name">{name}</span>}
        <span className="stats__figure">{formatQuantity(figure.value, figure.unit, figure.qualifier, language)}</span>
        <QuoteButton figure={figure} subject={`${metric} — ${name}`} />
      </div>
      {subject.kind === 'group' && (
        <div className="stats__contribution-line stats__members">
          <span>{t('groupTogether')}</span>
          {subject.members.map((member) => (
            <ProjectButton key={member.id} project={member} language={language} />
          ))}
          {subject.group.openEnded && <span>{t('andOthers')}</span>}
        </div>
      )}
    </li>
  );
}
