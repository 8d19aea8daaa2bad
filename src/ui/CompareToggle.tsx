// Puts a project into the comparison or takes it out; placed in the details panel, the list and the
// map tooltip. The project's name is in the accessible name, so a list of these buttons stays clear.
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../state/viewStore';
import './compareToggle.css';

export function CompareToggle({ projectId, projectName }: { projectId: string; projectName: string }) {
  const { t } = useTranslation('compare');
  const picked = useViewStore((state) => state.compare.includes(projectId));
  const toggleCompare = useViewStore((state) => state.toggleCompare);
  return (
    <button type="button" className="compare-toggle" aria-pressed={picked} onClick={() => toggleCompare(projectId)}>
      <span aria-hidden="true" className="compare-toggle__mark">
        {picked ? '✓' : '+'}
      </span>
      {picked ? t('toggle.picked') : t('toggle.pick')}
      <span className="visually-hidden">{t('toggle.subject', { name: projectName })}</span>
    </button>
  );
}
