// When detection is unsure, the visitor says which column holds what; the first rows are shown
// (as text) so the choice is easy.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAPPED_ROLES, type ColumnMapping } from '../../domain/layers/detectColumns';
import type { ColumnChoice } from './useReferenceLayers';

export function ColumnMappingDialog({ choice, onChoose }: { choice: ColumnChoice; onChoose: (mapping: ColumnMapping | null) => void }) {
  const { t } = useTranslation('layers');
  const [mapping, setMapping] = useState<ColumnMapping>(choice.detected.mapping);
  const complete = mapping.latitude !== null && mapping.longitude !== null;
  return (
    <div className="dialog-backdrop">
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby="column-dialog-title"
        className="column-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (complete) onChoose(mapping);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onChoose(null);
        }}
      >
        <h2 id="column-dialog-title">{t('dialogTitle', { name: choice.fileName })}</h2>
        <p>{t('dialogHint')}</p>
        {MAPPED_ROLES.map((role) => (
          <label key={role} className="column-dialog__row">
            <span>{t(`role.${role}`)}</span>
            <select value={mapping[role] ?? ''} onChange={(event) => setMapping({ ...mapping, [role]: event.target.value === '' ? null : event.target.value })} autoFocus={role === 'name'}>
              <option value="">{t('none')}</option>
              {choice.header.map((column) => (
                <option key={column} value={column}>
                  {column} ({choice.firstRow[column] ?? ''})
                </option>
              ))}
            </select>
          </label>
        ))}
        <div className="column-dialog__actions">
          <button type="submit" disabled={!complete}>
            {t('draw')}
          </button>
          <button type="button" onClick={() => onChoose(null)}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
