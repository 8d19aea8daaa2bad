// Adding stated figures: only like units, and a total keeps the uncertainty of what it adds.
import { UNITS, type Qualifier, type Unit } from '../../data/atlasSchema';
import type { FigureContribution } from './figureContributions';
import { tallied, type Tally } from './tally';

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
  return tallied(contributions, unitTotalsTally());
}

/** totalsByUnit, one contribution at a time: each figure is read once, whatever its unit. */
export function unitTotalsTally(): Tally<FigureContribution, FigureTotal[]> {
  const byUnit = new Map<Unit, { value: number; qualifiers: Set<Qualifier | null>; contributions: FigureContribution[] }>();
  return {
    add(contribution) {
      const { unit, value, qualifier } = contribution.figure;
      let total = byUnit.get(unit);
      if (total === undefined) byUnit.set(unit, (total = { value: 0, qualifiers: new Set(), contributions: [] }));
      total.value += value;
      total.qualifiers.add(qualifier);
      total.contributions.push(contribution);
    },
    result: () =>
      UNITS.flatMap((unit) => {
        const total = byUnit.get(unit);
        return total === undefined ? [] : [{ unit, value: total.value, qualifier: totalQualifier([...total.qualifiers]), contributions: total.contributions }];
      }),
  };
}

/** Whether a total is approximate: any figure in it is qualified (超, 约, 近, 余/多). */
export function isApproximate(total: FigureTotal): boolean {
  return total.qualifier !== null;
}
