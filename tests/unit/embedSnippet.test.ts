import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/features/embed/embedSnippet';

describe('embedSnippet', () => {
  it('writes a fixed-height iframe with the link escaped', () => {
    expect(embedSnippet({ src: 'https://atlas.example/atlas/?v=1&lang=en&embed=1', title: 'Silk Road Atlas "map"', height: 450, responsive: false })).toBe(
      '<iframe src="https://atlas.example/atlas/?v=1&amp;lang=en&amp;embed=1" title="Silk Road Atlas &quot;map&quot;" width="100%" height="450" style="border:0;min-width:300px" loading="lazy"></iframe>',
    );
  });

  it('adds, when responsive, a script that takes heights only from the atlas origin', () => {
    const snippet = embedSnippet({ src: 'https://atlas.example/atlas/?embed=1', title: 'Atlas', height: 600, responsive: true });
    expect(snippet).toContain('data-silk-road-atlas></iframe>');
    expect(snippet).toContain('e.origin!=="https://atlas.example"');
    expect(snippet).toContain('"silk-road-atlas:height"');
  });
});
