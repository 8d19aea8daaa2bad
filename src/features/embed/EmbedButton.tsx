// "Embed…" beside "Copy link": opens the dialog that writes the <iframe> for the current view.
// The dialog and its words load with the first click.
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const EmbedDialogContent = lazy(() => import('./EmbedDialogContent').then((module) => ({ default: module.EmbedDialogContent })));

export function EmbedButton() {
  const { t } = useTranslation('shell');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        {t('embed')}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-label={t('embed')} onClose={() => setOpen(false)}>
        {open && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <EmbedDialogContent />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
