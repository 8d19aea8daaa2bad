// What stands beside the pointer: the hovered project's, cell's or reference feature's tooltip, and
// the chooser when a click hits several overlapping projects.
import { isMapped } from '../data/atlasSchema';
import type { AtlasData, Language } from '../vocabulary';
import { popoverStyle } from './mapControls';
import { CellTooltip, MapTooltip, ReferenceCellTooltip, ReferenceTooltip } from './MapTooltip';
import { ProjectChooser } from './ProjectChooser';
import type { ShownReferenceLayer } from './referenceLayers';
import type { Chooser, Hover } from './useHoverPicking';

export function MapPopovers({
  data,
  references,
  language,
  hover,
  chooser,
  container,
  onChoose,
  onCloseChooser,
}: {
  data: AtlasData;
  references: readonly ShownReferenceLayer[];
  language: Language;
  hover: Hover | null;
  chooser: Chooser | null;
  container: HTMLElement | null;
  onChoose: (id: string) => void;
  onCloseChooser: () => void;
}) {
  const hoveredProject = hover === null || !('id' in hover) || chooser !== null ? undefined : data.projectsById.get(hover.id);
  const hoveredCell = hover !== null && 'cell' in hover ? hover.cell : null;
  const hoveredReference = hover !== null && 'reference' in hover ? hover : null;
  const hoveredReferenceCell = hover !== null && 'referenceCell' in hover ? hover : null;
  const hoveredReferenceFile = references.find(({ id }) => id === (hoveredReference ?? hoveredReferenceCell)?.layerId)?.layer.fileName;
  const chooserProjects = chooser?.ids.flatMap((id) => data.projectsById.get(id) ?? []) ?? [];
  return (
    <>
      {hoveredProject && isMapped(hoveredProject) && hover && <MapTooltip project={hoveredProject} language={language} style={popoverStyle(hover, container)} />}
      {hoveredReference && hoveredReferenceFile !== undefined && (
        <ReferenceTooltip feature={hoveredReference.reference} fileName={hoveredReferenceFile} language={language} style={popoverStyle(hoveredReference, container)} />
      )}
      {hoveredReferenceCell && hoveredReferenceFile !== undefined && (
        <ReferenceCellTooltip cell={hoveredReferenceCell.referenceCell} fileName={hoveredReferenceFile} language={language} style={popoverStyle(hoveredReferenceCell, container)} />
      )}
      {hoveredCell && hover && <CellTooltip cell={hoveredCell} language={language} style={popoverStyle(hover, container)} />}
      {chooser && chooserProjects.length > 1 && (
        <ProjectChooser projects={chooserProjects} language={language} style={popoverStyle(chooser, container)} onChoose={onChoose} onClose={onCloseChooser} />
      )}
    </>
  );
}
