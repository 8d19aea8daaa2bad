import { useEffect } from 'react';
import { reconcileWithAtlas } from '../../state/viewState';
import { pickViewState, useViewStore } from '../../state/viewStore';
import type { AtlasData } from '../../vocabulary';

/**
 * Ids the loaded data does not know (from a link, or Back to an old one) are dropped with a
 * notice, whenever they arrive.
 */
export function useAtlasReconciliation(data: AtlasData | undefined) {
  useEffect(() => {
    if (data === undefined) return;
    const known = {
      projects: new Set(data.projectsById.keys()),
      organizations: new Set(data.organizationsById.keys()),
      speeches: new Set(data.speechesById.keys()),
    };
    const reconcile = () => {
      const store = useViewStore.getState();
      const { state, notices } = reconcileWithAtlas(pickViewState(store), known);
      if (notices.length === 0) return;
      // A correction, not a navigation: it takes the place of the entry it corrects.
      store.restore(state, { history: 'replace' });
      store.addNotices(notices);
    };
    reconcile();
    return useViewStore.subscribe(reconcile);
  }, [data]);
}
