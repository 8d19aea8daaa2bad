// Whether a project is picked for comparison, and how to pick or drop it: what a CompareToggle shows.
import { useViewStore } from './viewStore';

export function useCompareChoice(projectId: string): { picked: boolean; onToggle: () => void } {
  const picked = useViewStore((state) => state.compare.includes(projectId));
  const toggleCompare = useViewStore((state) => state.toggleCompare);
  return { picked, onToggle: () => toggleCompare(projectId) };
}
