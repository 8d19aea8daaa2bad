// How many project markers the GPU filter lets through, summed over the marker layers drawn now, as
// deck.gl counts them on the GPU. The map shows it as a data attribute, for tests of what is drawn.
import type { Layer } from '@deck.gl/core';
import { useCallback, useRef, useState } from 'react';
import { isMarkerLayerId, type FilteredCountListener } from './projectLayers';

interface FilteredMarkerCount {
  /** Null until a marker layer drawn now has reported. */
  total: number | null;
  /** For the marker layers (ProjectLayerState.onFilteredCount). */
  onFilteredCount: FilteredCountListener;
  /** Called with the layers handed to deck.gl: one no longer drawn (a tile left the view, cells replaced the markers) no longer counts. */
  keepDrawn: (layers: readonly Layer[]) => void;
}

export function useFilteredMarkerCount(): FilteredMarkerCount {
  const counts = useRef(new Map<string, number>());
  const [total, setTotal] = useState<number | null>(null);
  const recount = useCallback(() => {
    setTotal(counts.current.size === 0 ? null : [...counts.current.values()].reduce((sum, count) => sum + count, 0));
  }, []);
  const onFilteredCount = useCallback<FilteredCountListener>(
    ({ id, count }) => {
      counts.current.set(id, count);
      recount();
    },
    [recount],
  );
  const keepDrawn = useCallback(
    (layers: readonly Layer[]) => {
      const drawn = new Set(layers.map((layer) => layer.id).filter(isMarkerLayerId));
      for (const id of counts.current.keys()) if (!drawn.has(id)) counts.current.delete(id);
      recount();
    },
    [recount],
  );
  return { total, onFilteredCount, keepDrawn };
}
