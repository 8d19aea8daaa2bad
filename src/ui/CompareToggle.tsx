// Puts a project into the comparison or takes it out; placed in the details panel, the list and the
// map's chooser, each of which reads and changes the pick through `useCompareChoice`. The project's
// name is in the accessible name, so a list of these buttons stays clear.
import { useTranslation } from 'react-i18next';
import './compareToggle.css';

export function CompareToggle({
  projectName,
  picked,
  onToggle,
  compact = false,
}: {
  projectName: string;
  /** The project is in the comparison. */
  picked: boolean;
  onToggle: () => void;
  /** Only the +/✓ mark shows (the words stay in the accessible name), for tight rows such as the list. */
  compact?: boolean;
}) {
  const { t } = useTranslation('compare');
  return (
    <button
      type="button"
      className={compact ? 'compare-toggle compare-toggle--compact' : 'compare-toggle'}
      aria-pressed={picked}
      title={compact ? `${t('toggle.pick')}${t('toggle.subject', { name: projectName })}` : undefined}
      onClick={onToggle}
    >
      <span aria-hidden="true" className="compare-toggle__mark">
        {picked ? '✓' : '+'}
      </span>
      <span className={compact ? 'visually-hidden' : undefined}>{picked ? t('toggle.picked') : t('toggle.pick')}</span>
      <span className="visually-hidden">{t('toggle.subject', { name: projectName })}</span>
    </button>
  );
}
