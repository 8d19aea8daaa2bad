// On a phone the header's secondary actions fold behind "More": a disclosure button (aria-expanded)
// and the panel after it, reached by Tab; Escape or a click elsewhere closes it, Escape returning focus
// to the button. On a wide screen the button is hidden and the panel lays its actions out in the
// header's row (display: contents, styles.css), so there is one set of actions for both.
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** One header, one menu: a fixed id keeps the prerendered page's and the app's the same. */
const PANEL_ID = 'header-more';

export function HeaderMoreMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !toggleRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  return (
    <>
      <button ref={toggleRef} type="button" className="header-more-toggle" aria-expanded={open} aria-controls={PANEL_ID} onClick={() => setOpen((shown) => !shown)}>
        {label}
      </button>
      <div
        ref={panelRef}
        id={PANEL_ID}
        className={open ? 'header-more header-more--open' : 'header-more'}
        onKeyDown={(event) => {
          // A dialog opened from the menu (Embed…) takes its own Escape.
          if (event.key !== 'Escape' || event.defaultPrevented || !open || (event.target as Element).closest('dialog') !== null) return;
          event.preventDefault();
          setOpen(false);
          toggleRef.current?.focus();
        }}
      >
        {children}
      </div>
    </>
  );
}
