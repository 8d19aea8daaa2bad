// The open reference layers: files the visitor dropped or picked (held here, never in the link) and
// same-origin `layer=` links (in the store and the URL, read through react-query).
import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { resolveOnThisSite } from '../../data/sameOrigin';
import type { ColumnMapping } from '../../domain/layers/detectColumns';
import type { ReferenceLayer } from '../../domain/layers/referenceLayer';
import { useViewStore } from '../../state/viewStore';
import type { ReadProgress } from '../../data/readAtlasInWorker';
import type { LayerOpening } from '../../domain/layers/readLayerFile';
import { rememberColumns, storedColumnChoices } from './rememberedColumns';

export interface OpenLayer {
  id: string;
  layer: ReferenceLayer;
  /** A link layer is in the URL; a file is not. */
  link: string | null;
  visible: boolean;
}

export type LayerFailure = Extract<LayerOpening, { kind: 'failed' }>;
export type ColumnChoice = Extract<LayerOpening, { kind: 'choose' }>;
/** A file being read, and how far its features have come once it is parsed. */
export interface LayerReading {
  name: string;
  progress: ReadProgress | null;
}

async function fetchLayer(url: string, signal: AbortSignal): Promise<LayerOpening> {
  const resolved = resolveOnThisSite(url);
  if (resolved === null) return { kind: 'failed', fileName: url, reason: 'fetch', detail: 'only same-origin links' };
  try {
    const response = await fetch(resolved, { signal });
    if (!response.ok) return { kind: 'failed', fileName: url, reason: 'fetch', detail: `HTTP ${response.status}` };
    const { openLayerFile } = await import('./readLayer');
    return await openLayerFile(await response.arrayBuffer(), url, { chosen: null, remembered: storedColumnChoices(), ask: false }, () => undefined, signal);
  } catch (error) {
    return { kind: 'failed', fileName: url, reason: 'fetch', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Module-level, so react-query keeps the combined result while no query changes. */
function combineLinkReads(results: readonly { data?: LayerOpening; isPending: boolean }[]) {
  return { openings: results.map((result) => result.data), pending: results.findIndex((result) => result.isPending) };
}

export function useReferenceLayers() {
  const links = useViewStore((state) => state.layers);
  const hiddenLinks = useViewStore((state) => state.hiddenLayers);
  const removeLayerLink = useViewStore((state) => state.removeLayerLink);
  const toggleLayerLink = useViewStore((state) => state.toggleLayerLink);
  const [files, setFiles] = useState<{ id: string; layer: ReferenceLayer }[]>([]);
  // A file's layer hides here; a link's in the URL.
  const [hiddenFiles, setHiddenFiles] = useState<ReadonlySet<string>>(new Set());
  const [choice, setChoice] = useState<{ opening: ColumnChoice; file: File } | null>(null);
  const [failures, setFailures] = useState<LayerFailure[]>([]);
  const [reading, setReading] = useState<LayerReading | null>(null);
  const nextId = useRef(1);

  const linkReads = useQueries({
    queries: links.map((url) => ({ queryKey: ['reference-layer', url], queryFn: ({ signal }) => fetchLayer(url, signal), staleTime: Infinity, retry: false })),
    combine: combineLinkReads,
  });

  const addLayer = useCallback((layer: ReferenceLayer) => {
    const id = `file-${nextId.current}`;
    nextId.current += 1;
    setFiles((current) => [...current, { id, layer }]);
  }, []);

  const openFile = useCallback(
    async (file: File, chosen: ColumnMapping | null = null) => {
      setReading({ name: file.name, progress: null });
      try {
        // The readers (papaparse among them) load when a first layer is opened, not with the first view.
        const { openLayerFile } = await import('./readLayer');
        const columns = { chosen, remembered: storedColumnChoices(), ask: true };
        const opening = await openLayerFile(await file.arrayBuffer(), file.name, columns, (progress) => setReading({ name: file.name, progress }));
        if (opening.kind === 'layer') addLayer(opening.layer);
        else if (opening.kind === 'choose') setChoice({ opening, file });
        else setFailures((current) => [...current, opening]);
      } finally {
        setReading(null);
      }
    },
    [addLayer],
  );

  /** The file is read again with the chosen columns: the worker that parsed it is gone. */
  const chooseColumns = useCallback(
    (mapping: ColumnMapping | null) => {
      if (choice === null) return;
      setChoice(null);
      if (mapping === null) return;
      rememberColumns(choice.opening.header, mapping);
      void openFile(choice.file, mapping);
    },
    [choice, openFile],
  );

  const open = useMemo(() => {
    const fromLinks = links.flatMap((url, index): OpenLayer[] => {
      const opening = linkReads.openings[index];
      if (opening?.kind !== 'layer') return [];
      const id = `link-${url}`;
      return [{ id, layer: opening.layer, link: url, visible: !hiddenLinks.includes(url) }];
    });
    return [...fromLinks, ...files.map(({ id, layer }) => ({ id, layer, link: null, visible: !hiddenFiles.has(id) }))];
  }, [links, linkReads, files, hiddenFiles, hiddenLinks]);

  const linkFailures = linkReads.openings.flatMap((opening) => (opening?.kind === 'failed' ? [opening] : []));

  const toggle = useCallback(
    (layer: OpenLayer) => {
      if (layer.link !== null) return toggleLayerLink(layer.link);
      setHiddenFiles((current) => {
        const next = new Set(current);
        if (!next.delete(layer.id)) next.add(layer.id);
        return next;
      });
    },
    [toggleLayerLink],
  );

  const remove = useCallback(
    (layer: OpenLayer) => {
      if (layer.link !== null) removeLayerLink(layer.link);
      else setFiles((current) => current.filter(({ id }) => id !== layer.id));
    },
    [removeLayerLink],
  );

  return {
    open,
    failures: [...linkFailures, ...failures],
    dismissFailures: () => setFailures([]),
    reading: reading ?? (linkReads.pending === -1 ? null : { name: links[linkReads.pending] ?? '', progress: null }),
    choice: choice?.opening ?? null,
    chooseColumns,
    openFile,
    toggle,
    remove,
    /** Some open layer came from a file, so the copied link will not show it. */
    hasFileLayers: files.length > 0,
  };
}

export type ReferenceLayers = ReturnType<typeof useReferenceLayers>;
