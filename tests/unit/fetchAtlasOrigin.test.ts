/**
 * @vitest-environment-options {"url": "http://atlas.test/atlas/?lang=en"}
 */
// A dataset link may only name a file on this site. The decision is made by resolving the link as
// fetch would, so no spelling of another origin gets through: not `//host`, not a backslash (which
// URL parsing reads as a slash), not a leading tab (which URL parsing strips).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAtlas, OtherOriginError } from '../../src/data/loadAtlas';

const OTHER_ORIGINS = [
  '//evil.example/a.json',
  'https://evil.example/a.json',
  // What `?data=%09//evil.example` reads as: a tab, then //.
  '\t//evil.example',
  '\\\\evil.example/a.json',
  '/\\evil.example/a.json',
  'javascript:alert(1)',
  'data:application/json,{}',
];

afterEach(() => vi.restoreAllMocks());

describe('fetchAtlas refuses another origin before any request', () => {
  it('runs on a page at http://atlas.test/atlas/', () => {
    expect(location.href).toBe('http://atlas.test/atlas/?lang=en');
  });

  it.each(OTHER_ORIGINS)('refuses %j', async (value) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));
    const refusal = await fetchAtlas(value).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OtherOriginError);
    expect((refusal as OtherOriginError).url).toBe(value);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('reads the tab spelling the way the link delivers it', () => {
    expect(new URLSearchParams('data=%09//evil.example').get('data')).toBe('\t//evil.example');
  });

  it.each([
    ['data/x.json', 'http://atlas.test/atlas/data/x.json'],
    ['./x.json', 'http://atlas.test/atlas/x.json'],
    ['/atlas/x.json', 'http://atlas.test/atlas/x.json'],
    ['http://atlas.test/atlas/x.json', 'http://atlas.test/atlas/x.json'],
  ])('fetches %j from this site, as %s', async (value, requested) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('not json', { status: 404 }));
    await expect(fetchAtlas(value)).rejects.toThrow('answered HTTP 404');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    // The address fetch requests: a relative one is resolved against the page.
    expect(new URL(String(fetchSpy.mock.calls[0]?.[0]), location.href).href).toBe(requested);
  });
});
