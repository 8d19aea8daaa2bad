// A layer file must be UTF-8 (with or without BOM): another encoding is named, never shown as mojibake.
export type DecodedText = { ok: true; text: string } | { ok: false; encoding: string };

export function decodeLayerText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, encoding: 'UTF-16BE' };
  try {
    // TextDecoder drops a UTF-8 BOM itself (ignoreBOM is false by default).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, encoding: guessLegacyEncoding(bytes) };
  }
}

/**
 * A hint for the message: bytes 0xC0–0xFF dominate Cyrillic Windows-1251 text; double bytes with
 * a lead of 0x81–0xFE are GBK. Only a hint, said as "perhaps".
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  let cyrillic = 0;
  let high = 0;
  for (const byte of bytes.subarray(0, 65_536)) {
    if (byte >= 0x80) high += 1;
    if (byte >= 0xc0) cyrillic += 1;
  }
  if (high === 0) return 'not UTF-8';
  return cyrillic / high > 0.7 ? 'not UTF-8 (perhaps Windows-1251)' : 'not UTF-8 (perhaps GBK)';
}
