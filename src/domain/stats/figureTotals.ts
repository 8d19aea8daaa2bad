// Adding stated figures: only like units, and a total keeps the uncertainty of what it adds.
import { UNITS, type Qualifier, type Unit } from '../../data/atlasSchema';
import type { FigureContribution } from './figureContributions';

export interface FigureTotal {
  unit: Unit;
  value: number;
  /** null when every figure added is stated without a qualifier; otherwise the qualifier the total carries. */
  qualifier: Qualifier | null;
  contributions: FigureContribution[];
}

/** 超 and 余/多 state a lower bound: the true figure is higher. */
const LOWER_BOUNDS: ReadonlySet<Qualifier> = new Set(['more_than', 'over']);

/**
 * The qualifier of a sum. Lower bounds (超, 余) added to exact figures stay a lower bound; "nearly" (近)
 * figures added to exact ones stay "nearly"; anything else mixed, or any 约, is "about".
 */
export function totalQualifier(qualifiers: ReadonlyArray<Qualifier | null>): Qualifier | null {
  const stated = [...new Set(qualifiers.filter((qualifier) => qualifier !== null))];
  if (stated.length === 0) return null;
  const [only] = stated;
  if (stated.length === 1 && only !== undefined) return only;
  return stated.every((qualifier) => LOWER_BOUNDS.has(qualifier)) ? 'more_than' : 'about';
}

/** One total per unit (in the schema's unit order): figures of different units are never added. */
export function totalsByUnit(contributions: readonly FigureContribution[]): FigureTotal[] {
  return UNITS.flatMap((unit) => {
    const ofUnit = contributions.filter(({ figure }) => figure.unit === unit);
    if (ofUnit.length === 0) return [];
    return [
      {
        unit,
        value: ofUnit.reduce((sum, { figure }) => sum + figure.value, 0),
        qualifier: totalQualifier(ofUnit.map(({ figure }) => figure.qualifier)),
        contributions: ofUnit,
      },
    ];
  });
}

/** Whether a total is approximate: any figure in it is qualified (超, 约, 近, 余/多). */
export function isApproximate(total: FigureTotal): boolean {
  return total.qualifier !== null;
}
