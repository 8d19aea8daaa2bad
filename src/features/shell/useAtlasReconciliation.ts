import { useEffect } from 'react';
import type { AtlasData } from '../../data/loadAtlas';
import { reconcileWithAtlas } from '../../state/viewState';
import { pickViewState, useViewStore } from '../../state/viewStore';

/** Once the data is in, ids from the URL that it does not know are dropped with a notice. */
export function useAtlasReconciliation(data: AtlasData | undefined) {
  useEffect(() => {
    if (data === undefined) return;
    const store = useViewStore.getState();
    const { state, notices } = reconcileWithAtlas(pickViewState(store), {
      projects: new Set(data.projectsById.keys()),
      organizations: new Set(data.organizationsById.keys()),
      speeches: new Set(data.speechesById.keys()),
    });
    if (notices.length === 0) return;
    store.restore(state);
    store.addNotices(notices);
  }, [data]);
}
