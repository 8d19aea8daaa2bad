// The atlas inside another page's iframe: the map (with its legend and scale) or a figure's
// citation card, the selected project's card, and a link to the full atlas. No header, sidebar or
// search. It posts its height to the host page, which may follow it (embedSnippet.ts).
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/registerMessages';
import { HEIGHT_MESSAGE } from './embedSnippet';
import { embedMessages } from './messages';
import './embed.css';

registerMessages('embed', embedMessages);

export function EmbedScreen({ map, card, fullLink, notices }: { map: ReactNode | null; card: ReactNode | null; fullLink: string; notices: ReactNode }) {
  const { t } = useTranslation('embed');
  const rootRef = useRef<HTMLDivElement>(null);
  usePostHeight(rootRef);
  return (
    <div ref={rootRef} className={card === null || map === null ? 'embed' : 'embed embed--with-card'}>
      {notices}
      {map !== null && <div className="embed__map">{map}</div>}
      {card !== null && <div className="embed__card">{card}</div>}
      <p className="embed__open">
        <a href={fullLink} target="_blank" rel="noopener">
          {t('openInAtlas')}
          <span className="visually-hidden"> {t('opensInNewTab')}</span>
        </a>
      </p>
    </div>
  );
}

/** Tells the host page the embed's height whenever it changes (only when framed). */
function usePostHeight(rootRef: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const root = rootRef.current;
    if (root === null || window.parent === window) return;
    const observer = new ResizeObserver(() => {
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height: Math.ceil(root.getBoundingClientRect().height) }, '*');
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [rootRef]);
}
