// The <iframe> a host page pastes to show the current view, and the few lines that let it follow
// the embed's height (the embed posts it; see README "Embed a view").

/** The message an embed posts to its host whenever its content changes height. */
export const HEIGHT_MESSAGE = 'silk-road-atlas:height';

export interface EmbedSnippetOptions {
  /** The embed's address (the current view with embed=1). */
  src: string;
  title: string;
  /** Pixels; the starting height when responsive. */
  height: number;
  /** Follow the embed's content height through postMessage. */
  responsive: boolean;
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

export function embedSnippet({ src, title, height, responsive }: EmbedSnippetOptions): string {
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;min-width:300px" loading="lazy"${responsive ? ' data-silk-road-atlas' : ''}></iframe>`;
  if (!responsive) return iframe;
  const origin = new URL(src).origin;
  // Only messages from the atlas's origin, and only to the iframe that sent them.
  const script = `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="${HEIGHT_MESSAGE}")return;document.querySelectorAll("iframe[data-silk-road-atlas]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`;
  return `${iframe}\n${script}`;
}
