// Words and numbers of the statistics view that several of its parts share.
import { formatQuantity } from '../../domain/format/formatQuantity';
import type { FigureSubject } from '../../domain/stats/figureContributions';
import type { FigureTotal } from '../../domain/stats/figureTotals';
import type { Language } from '../../state/viewState';

/** "≈ over 550 million kWh/yr": a total with a qualified figure in it carries the ≈ mark and the qualifier of the sum. */
export function totalText(total: FigureTotal, language: Language): string {
  const text = formatQuantity(total.value, total.unit, total.qualifier, language);
  return total.qualifier === null ? text : `≈ ${text}`;
}

export function subjectName(subject: FigureSubject, language: Language): string {
  return subject.kind === 'project' ? subject.project.properties.name[language] : subject.group.name[language];
}

