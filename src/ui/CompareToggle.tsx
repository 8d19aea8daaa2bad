// Puts a project into the comparison or takes it out; placed in the details panel, the list and the
// map tooltip. The project's name is in the accessible name, so a list of these buttons stays clear.
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../state/viewStore';
import './compareToggle.css';

export function CompareToggle({
  projectId,
  projectName,
  compact = false,
}: {
  projectId: string;
  projectName: string;
  /** Only the +/✓ mark shows (the words stay in the accessible name), for tight rows such as the list. */
  compact?: boolean;
}) {
  const { t } = useTranslation('compare');
  const picked = useViewStore((state) => state.compare.includes(projectId));
  const toggleCompare = useViewStore((state) => state.toggleCompare);
  return (
    <button
      type="button"
      className={compact ? 'compare-toggle compare-toggle--compact' : 'compare-toggle'}
      aria-pressed={picked}
      title={compact ? `${t('toggle.pick')}${t('toggle.subject', { name: projectName })}` : undefined}
      onClick={() => toggleCompare(projectId)}
    >
      <span aria-hidden="true" className="compare-toggle__mark">
        {picked ? '✓' : '+'}
      </span>
      <span className={compact ? 'visually-hidden' : undefined}>{picked ? t('toggle.picked') : t('toggle.pick')}</span>
      <span className="visually-hidden">{t('toggle.subject', { name: projectName })}</span>
    </button>
  );
}
