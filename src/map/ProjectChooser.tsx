// When several projects lie under the pointer, the visitor picks one instead of the map guessing.
import type { FocusTrap } from 'focus-trap';
import { useEffect, useId, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../data/atlasSchema';
import { useViewStore } from '../state/viewStore';
import { CompareToggle } from '../ui/CompareToggle';
import { SECTOR_COLORS } from './palette';
import type { Language } from '../vocabulary';

export function ProjectChooser({
  projects,
  language,
  style,
  onChoose,
  onClose,
}: {
  projects: readonly ProjectFeature[];
  language: Language;
  style: CSSProperties;
  onChoose: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('map');
  const compare = useViewStore((state) => state.compare);
  const toggleCompare = useViewStore((state) => state.toggleCompare);
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const trap = useRef<FocusTrap | null>(null);
  const opener = useRef<Element | null>(null);
  // Tab stays inside while it is open; closing it returns focus to where it was (the map). The trap
  // library loads with the first chooser, outside the first view's budget.
  useEffect(() => {
    opener.current = document.activeElement;
    firstButton.current?.focus();
    let closed = false;
    void import('focus-trap').then(({ createFocusTrap }) => {
      if (closed || dialogRef.current === null) return;
      trap.current = createFocusTrap(dialogRef.current, {
        initialFocus: false,
        escapeDeactivates: false,
        allowOutsideClick: true,
        returnFocusOnDeactivate: false,
        // Nothing inside the chooser is ever hidden, so no layout needs measuring to find its buttons.
        tabbableOptions: { displayCheck: 'none' },
      }).activate();
    });
    return () => {
      closed = true;
      trap.current?.deactivate();
    };
  }, []);
  const close = () => {
    trap.current?.deactivate();
    onClose();
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };
  return (
    <div
      ref={dialogRef}
      className="map-chooser"
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      style={style}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // The chooser is the topmost layer: this Escape closes it and nothing beneath.
        event.preventDefault();
        close();
      }}
    >
      <div className="map-chooser-header">
        <h2 id={headingId}>{t('chooser.title')}</h2>
        <button type="button" className="map-chooser-close" aria-label={t('chooser.close')} onClick={close}>
          ×
        </button>
      </div>
      <p>{t('chooser.hint')}</p>
      <ul>
        {projects.map((project, index) => (
          <li key={project.id}>
            <button type="button" ref={index === 0 ? firstButton : undefined} onClick={() => onChoose(project.id)}>
              <span className="map-swatch" style={{ background: `rgb(${SECTOR_COLORS[project.properties.sector].join(' ')})` }} aria-hidden="true" />
              {project.properties.name[language]}
            </button>
            <CompareToggle
              projectName={project.properties.name[language]}
              picked={compare.includes(project.id)}
              onToggle={() => toggleCompare(project.id)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
