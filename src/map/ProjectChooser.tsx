// When several projects lie under the pointer, the visitor picks one instead of the map guessing.
import { createFocusTrap, type FocusTrap } from 'focus-trap';
import { useEffect, useId, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFeature } from '../data/atlasSchema';
import type { Language } from '../state/viewState';
import { CompareToggle } from '../ui/CompareToggle';
import { SECTOR_COLORS } from './palette';

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
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const trap = useRef<FocusTrap | null>(null);
  // Tab stays inside while it is open; closing it returns focus to where it was (the map).
  useEffect(() => {
    if (dialogRef.current === null) return;
    const focusTrap = createFocusTrap(dialogRef.current, {
      initialFocus: () => firstButton.current ?? false,
      escapeDeactivates: false,
      // Opened by a finished click, so nothing can leak into it: focus the first choice at once.
      delayInitialFocus: false,
      allowOutsideClick: true,
      returnFocusOnDeactivate: false,
      // Nothing inside the chooser is ever hidden, so no layout needs measuring to find its buttons.
      tabbableOptions: { displayCheck: 'none' },
    });
    trap.current = focusTrap.activate();
    return () => void focusTrap.deactivate();
  }, []);
  const close = () => {
    trap.current?.deactivate({ returnFocus: true });
    onClose();
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
            <CompareToggle projectId={project.id} projectName={project.properties.name[language]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
