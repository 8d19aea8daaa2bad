// Words and numbers of the statistics view that several of its parts share.
import type { TFunction } from 'i18next';
import { formatNumber, formatQuantity } from '../../domain/format/formatQuantity';
import type { FigureSubject } from '../../domain/stats/figureContributions';
import type { FigureTotal } from '../../domain/stats/figureTotals';
import { LIST_STEP } from './StatsButtons';
import type { Language } from '../../vocabulary';

/** "≈ over 550 million kWh/yr": a total with a qualified figure in it carries the ≈ mark and the qualifier of the sum. */
export function totalText(total: FigureTotal, language: Language): string {
  const text = formatQuantity(total.value, total.unit, total.qualifier, language);
  return total.qualifier === null ? text : `≈ ${text}`;
}

export function subjectName(subject: FigureSubject, language: Language): string {
  return subject.kind === 'project' ? subject.project.properties.name[language] : subject.group.name[language];
}


/**
 * The first LIST_STEP names, then how many more: a bar or a note may stand for a million projects,
 * whose names joined would pass what one string may hold. Only the names shown are looked up.
 */
export function namesText<Item>(items: readonly Item[], nameOf: (item: Item) => string, language: Language, t: TFunction<'stats'>): string {
  const names = items.slice(0, LIST_STEP).map(nameOf).join(t('listSeparator'));
  const rest = items.length - LIST_STEP;
  return rest > 0 ? t('moreNames', { names, count: rest, rest: formatNumber(rest, language) }) : names;
}
