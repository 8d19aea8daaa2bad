// "Cite" beside a figure: opens the citation card in a modal dialog. The card and its words load
// with the first click, so the first view carries only this button.
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../state/viewStore';
import type { AtlasData } from '../../vocabulary';

const CiteCard = lazy(() => import('./CiteCard').then((module) => ({ default: module.CiteCard })));

export function CiteButton({ data, figureId, subject }: { data: AtlasData; figureId: string; subject: string }) {
  const { t } = useTranslation();
  const language = useViewStore((state) => state.language);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="cite-button button-outline"
        aria-label={t('citeSubject', { subject })}
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        {t('cite')}
      </button>
      <dialog ref={dialogRef} className="cite-dialog" aria-label={t('cite')} onClose={() => setOpen(false)}>
        <form method="dialog" className="cite-dialog__close">
          <button type="submit">{t('close')}</button>
        </form>
        {open && (
          <Suspense fallback={<p role="status">…</p>}>
            <CiteCard data={data} figureId={figureId} language={language} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
