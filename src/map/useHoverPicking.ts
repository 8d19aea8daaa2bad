// What the pointer rests on (a project, a density cell or a feature of the visitor's own layers),
// and what a click does: select the one project under it, offer a chooser when several overlap,
// or zoom into a cell. The store keeps the selection; this keeps only the hover and the chooser.
import type { PickingInfo } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { ReferenceFeature } from '../domain/layers/referenceLayer';
import { useViewStore } from '../state/viewStore';
import type { Filters } from '../vocabulary';
import { DENSITY_CELLS_LAYER_ID } from './cellLayers';
import type { DensityCell } from './densityCells';
import { pickedProject, PROJECT_LAYER_IDS } from './projectLayers';
import { pickedReference, REFERENCE_LAYER_PREFIX, type ReferenceCell, type ShownReferenceLayer } from './referenceLayers';
import { cameraDuration } from './cameraMove';
import { prefersReducedMotion } from './useMapCamera';
import type { ShownView } from './useShownView';

/** Pixels around the click in which overlapping projects count as "here". */
const PICK_RADIUS_PX = 6;
export const MAX_ZOOM = 10;
/** Zoom levels a click on a density cell goes in. */
const CELL_ZOOM_STEP = 2;
/** What the pointer can rest on: a project, or a cell of them. */
const HOVER_LAYER_IDS = [...PROJECT_LAYER_IDS, DENSITY_CELLS_LAYER_ID, REFERENCE_LAYER_PREFIX];

export interface PointerSpot {
  x: number;
  y: number;
}

type HoverTarget = { id: string } | { cell: DensityCell } | { reference: ReferenceFeature; layerId: string } | { referenceCell: ReferenceCell; layerId: string };
export type Hover = PointerSpot & HoverTarget;
export type Chooser = PointerSpot & { ids: string[] };

/** The project, cell or reference feature under a pick, if any. */
function hoverTarget(info: PickingInfo, references: readonly ShownReferenceLayer[]): HoverTarget | null {
  if (info.layer?.id === DENSITY_CELLS_LAYER_ID && info.object !== undefined) return { cell: info.object as DensityCell };
  const reference = pickedReference(info, references);
  if (reference !== null) return 'cell' in reference ? { referenceCell: reference.cell, layerId: reference.layerId } : { reference: reference.feature, layerId: reference.layerId };
  const project = pickedProject(info);
  return project === null ? null : { id: project.id };
}

const sameTarget = (a: HoverTarget, b: HoverTarget) =>
  'id' in a && 'id' in b
    ? a.id === b.id
    : 'cell' in a && 'cell' in b
      ? a.cell === b.cell
      : 'reference' in a && 'reference' in b
        ? a.reference === b.reference
        : 'referenceCell' in a && 'referenceCell' in b && a.referenceCell === b.referenceCell;

interface PickingSources {
  mapRef: RefObject<MapRef | null>;
  overlayRef: RefObject<MapboxOverlay | null>;
  references: readonly ShownReferenceLayer[];
  filters: Filters;
  view: ShownView | null;
  /** Told each time deck.gl has drawn. */
  onDeckRendered: () => void;
}

export function useHoverPicking({ mapRef, overlayRef, references, filters, view, onDeckRendered }: PickingSources) {
  const [hover, setHover] = useState<Hover | null>(null);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const pointer = useRef<PointerSpot | null>(null);
  // The pick handlers are made once; they read the layers shown now.
  const shownReferences = useRef(references);
  shownReferences.current = references;
  // After a move the layers change (tiles near the view, cells or markers): once deck.gl has drawn
  // the new ones, look again at what is under a resting pointer.
  const hoverStale = useRef(false);
  useEffect(() => {
    hoverStale.current = true;
  }, [view]);

  // A filter change can remove what the pointer or the chooser refers to.
  useEffect(() => {
    setHover(null);
    setChooser(null);
  }, [filters]);

  const onHover = useCallback((info: PickingInfo) => {
    // deck.gl reports a pointer that left the map as (-1, -1).
    pointer.current = info.x >= 0 && info.y >= 0 ? { x: info.x, y: info.y } : null;
    const target = hoverTarget(info, shownReferences.current);
    setHover((current) => {
      if (target === null) return null;
      if (current !== null && sameTarget(current, target) && current.x === info.x && current.y === info.y) return current;
      return { ...target, x: info.x, y: info.y };
    });
  }, []);

  const onClick = useCallback(
    (info: PickingInfo) => {
      const overlay = overlayRef.current;
      if (overlay === null) return;
      const target = hoverTarget(info, shownReferences.current);
      // A cell, the projects' or a large layer's, zooms in on it.
      const cell = target === null ? null : 'cell' in target ? target.cell : 'referenceCell' in target ? target.referenceCell : null;
      if (cell !== null) {
        const map = mapRef.current;
        map?.easeTo({
          center: cell.position,
          zoom: Math.min(MAX_ZOOM, map.getZoom() + CELL_ZOOM_STEP),
          duration: cameraDuration(prefersReducedMotion()),
        });
        return;
      }
      const picks = overlay.pickMultipleObjects({ x: info.x, y: info.y, radius: PICK_RADIUS_PX, depth: 10, layerIds: PROJECT_LAYER_IDS });
      const ids = [...new Set(picks.map(pickedProject).flatMap((project) => (project === null ? [] : [project.id])))];
      const [only] = ids;
      if (ids.length === 1 && only !== undefined) {
        setChooser(null);
        useViewStore.getState().selectProject(only);
      } else {
        // Clicking empty map keeps the selection (the details panel has its own close button).
        setChooser(ids.length > 1 ? { ids, x: info.x, y: info.y } : null);
      }
    },
    [mapRef, overlayRef],
  );

  /** After the map moved under a resting pointer, show what is under it now. */
  const onAfterRender = useCallback(() => {
    onDeckRendered();
    if (!hoverStale.current) return;
    hoverStale.current = false;
    const spot = pointer.current;
    const overlay = overlayRef.current;
    if (spot === null || overlay === null) return;
    const info = overlay.pickObject({ ...spot, layerIds: HOVER_LAYER_IDS });
    const target = info === null ? null : hoverTarget(info, shownReferences.current);
    setHover(target === null ? null : { ...target, ...spot });
  }, [overlayRef, onDeckRendered]);

  return {
    hover,
    chooser,
    onHover,
    onClick,
    onAfterRender,
    /** The hovered project slides away from the pointer; it is looked up again once the moved map is drawn. */
    onMoveStart: useCallback(() => setHover(null), []),
    choose: useCallback((id: string) => {
      setChooser(null);
      useViewStore.getState().selectProject(id);
    }, []),
    closeChooser: useCallback(() => setChooser(null), []),
  };
}
