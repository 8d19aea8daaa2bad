// Saving something the app made (a chart image, the filtered projects) as a file, without a server.

/** Follows a temporary <a download> to the URL. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * How long a made file's URL stays valid after the click. No event says a download has started, and
 * browsers read the blob after click() returns, sometimes after a save dialog; FileSaver.js waits 40 s.
 */
const KEEP_BLOB_URL_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), KEEP_BLOB_URL_MS);
}

export function downloadText(text: string, type: string, fileName: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
