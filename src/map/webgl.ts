// deck.gl 9 draws with WebGL 2 only (luma.gl 9 dropped WebGL 1), so the map asks for WebGL 2:
// with WebGL 1 alone the basemap would draw but every project marker would be missing.
export function supportsWebGL2(): boolean {
  try {
    const context = document.createElement('canvas').getContext('webgl2');
    if (context === null) return false;
    // Give the probe context back at once; browsers cap how many live contexts a page may hold.
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
