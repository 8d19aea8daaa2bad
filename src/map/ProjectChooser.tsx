// When several projects lie under the pointer, the visitor picks one instead of the map guessing.
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
  const firstButton = useRef<HTMLButtonElement>(null);
  useEffect(() => firstButton.current?.focus(), []);
  return (
    <div
      className="map-chooser"
      role="dialog"
      aria-labelledby={headingId}
      style={style}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="map-chooser-header">
        <h2 id={headingId}>{t('chooser.title')}</h2>
        <button type="button" className="map-chooser-close" aria-label={t('chooser.close')} onClick={onClose}>
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
