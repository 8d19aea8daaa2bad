import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, SECTORS } from '../../src/data/atlasSchema';
import { LANGUAGES } from '../../src/vocabulary';
import { READER_VIEWS, VIEWS, defaultViewState, parseViewState, reconcileWithAtlas, serializeViewState, type ViewState } from '../../src/state/viewState';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const viewStateArbitrary: fc.Arbitrary<ViewState> = fc
  .record({
    language: fc.constantFrom(...LANGUAGES),
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES)),
    sectors: fc.uniqueArray(fc.constantFrom(...SECTORS)),
    builders: fc.uniqueArray(id, { maxLength: 3 }),
    project: fc.option(id, { nil: null }),
    speech: fc.option(fc.integer({ min: 1, max: 99 }).map((n) => `s${String(n).padStart(2, '0')}`), { nil: null }),
    quote: fc.option(
      fc.record({ paragraph: fc.nat(30), start: fc.nat(500), length: fc.integer({ min: 1, max: 80 }) }).map(({ paragraph, start, length }) => ({
        paragraph,
        start,
        end: start + length,
      })),
      { nil: null },
    ),
    viewport: fc.option(
      fc.record({
        longitude: fc.integer({ min: -180_000, max: 180_000 }).map((n) => n / 1000),
        latitude: fc.integer({ min: -85_000, max: 85_000 }).map((n) => n / 1000),
        zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
      }),
      { nil: null },
    ),
  })
  .chain((base) =>
    fc
      .record({
        view: fc.constantFrom(...VIEWS),
        compare: fc.uniqueArray(id, { maxLength: 4 }),
        query: fc.string({ maxLength: 40 }),
        dataset: fc.option(fc.constantFrom('data/synthetic-1000.json', './mine.json', '/atlas/x y.json'), { nil: null }),
        readerView: fc.option(fc.constantFrom(...READER_VIEWS), { nil: null }),
        layers: fc.uniqueArray(fc.constantFrom('data/plants.csv', './a,b.geojson', '/layers/x y.csv'), { maxLength: 3 }),
        hiding: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        embed: fc.option(fc.constantFrom('map' as const, 'figure' as const), { nil: null }),
        figure: fc.option(fc.constantFrom('zarafshan-wind-500.capacity', 'allur-car-plant.production_volume.before'), { nil: null }),
      })
      .map((extra) => ({ ...base, ...extra })),
  )
  .map(({ language, countries, sectors, builders, project, speech, quote, readerView, viewport, view, compare, query, dataset, layers, hiding, embed, figure }) => ({
    language,
    filters: { countries, sectors, builders },
    project,
    speech,
    quote: speech === null ? null : quote,
    readerView,
    viewport,
    view,
    compare,
    query,
    dataset,
    layers,
    hiddenLayers: layers.filter((_, index) => hiding[index]),
    embed,
    figure,
  }));

describe('the URL format', () => {
  it('round-trips every view state', () => {
    fc.assert(
      fc.property(viewStateArbitrary, (state) => {
        const { state: parsed, notices } = parseViewState(serializeViewState(state), 'en');
        expect(notices).toEqual([]);
        expect(parsed).toEqual(state);
      }),
    );
  });

  it('writes a readable, versioned link', () => {
    const state: ViewState = {
      ...defaultViewState('zh'),
      filters: { countries: ['KZ', 'UZ'], sectors: ['energy'], builders: [] },
      project: 'moinak-hpp',
    };
    expect(serializeViewState(state)).toBe('?v=1&lang=zh&country=KZ,UZ&sector=energy&project=moinak-hpp');
    // A quote's place reads as written in a cited permalink.
    expect(serializeViewState({ ...defaultViewState('en'), speech: 's11', quote: { paragraph: 1, start: 89, end: 102 } })).toBe('?v=1&lang=en&speech=s11&quote=1:89-102');
  });

  it("keeps the reader's view the visitor chose, and no view when they chose none", () => {
    const state: ViewState = { ...defaultViewState('ru'), speech: 's11', readerView: 'side-by-side' };
    expect(serializeViewState(state)).toBe('?v=1&lang=ru&speech=s11&reader=side-by-side');
    expect(parseViewState('?v=1&lang=ru&speech=s11&reader=translation', 'en').state.readerView).toBe('translation');
    expect(parseViewState('?v=1&lang=ru&speech=s11', 'en').state.readerView).toBeNull();
    expect(parseViewState('?v=1&lang=ru&speech=s11&reader=sideways', 'en').notices).toEqual([{ param: 'reader', value: 'sideways' }]);
  });

  it('reads embed=1 as the embedded map and embed=figure with its figure, and drops an unknown embed with a notice', () => {
    expect(parseViewState('?embed=1&project=zarafshan-wind-500', 'en').state).toMatchObject({ embed: 'map', project: 'zarafshan-wind-500' });
    expect(parseViewState('?embed=figure&figure=zarafshan-wind-500.capacity', 'en').state).toMatchObject({ embed: 'figure', figure: 'zarafshan-wind-500.capacity' });
    const { state, notices } = parseViewState('?embed=poster&figure=Not%20An%20Id', 'en');
    expect(state).toMatchObject({ embed: null, figure: null });
    expect(notices).toEqual([
      { param: 'embed', value: 'poster' },
      { param: 'figure', value: 'Not An Id' },
    ]);
    expect(serializeViewState({ ...defaultViewState('en'), embed: 'map' })).toBe('?v=1&lang=en&embed=1');
  });

  it('drops bad values with a notice each and keeps the good ones', () => {
    const { state, notices } = parseViewState('?lang=fr&country=KZ,XX&sector=space&project=Bad%20Id&speech=s08&quote=2:9-3&map=500,1,1', 'ru');
    expect(state).toEqual({ ...defaultViewState('ru'), filters: { countries: ['KZ'], sectors: [], builders: [] }, speech: 's08' });
    expect(notices).toEqual([
      { param: 'quote', value: '2:9-3' },
      { param: 'lang', value: 'fr' },
      { param: 'country', value: 'XX' },
      { param: 'sector', value: 'space' },
      { param: 'project', value: 'Bad Id' },
      { param: 'map', value: '500,1,1' },
    ]);
  });

  it('keeps a dataset link as written: whether it leads off the site is decided where it is fetched', () => {
    for (const value of ['data/x.json', 'https://example.com/a.json', '\\\\example.com/a.json']) {
      const { state, notices } = parseViewState(`?data=${encodeURIComponent(value)}`, 'en');
      expect(state.dataset).toBe(value);
      expect(notices).toEqual([]);
    }
  });

  it('keeps several layers in order, once each; the loader, not the link, judges their origin', () => {
    const { state, notices } = parseViewState('?layer=data/plants.csv&layer=https%3A%2F%2Fexample.com%2Fx.csv&layer=mine.geojson&layer=data/plants.csv', 'en');
    expect(state.layers).toEqual(['data/plants.csv', 'https://example.com/x.csv', 'mine.geojson']);
    expect(notices).toEqual([]);
  });

  it('keeps a link layer hidden across a reload, and drops a hidden layer the link does not open', () => {
    const { state, notices } = parseViewState('?layer=a.csv&layer=b.csv&layerHidden=b.csv&layerHidden=c.csv', 'en');
    expect(state.layers).toEqual(['a.csv', 'b.csv']);
    expect(state.hiddenLayers).toEqual(['b.csv']);
    expect(notices).toEqual([{ param: 'layerHidden', value: 'c.csv' }]);
    expect(serializeViewState(state)).toBe('?v=1&lang=en&layer=a.csv&layer=b.csv&layerHidden=b.csv');
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (search) => {
        const { state } = parseViewState(search, 'en');
        expect(LANGUAGES).toContain(state.language);
      }),
      { numRuns: 500 },
    );
  });

  it('drops ids the dataset does not know', () => {
    const state: ViewState = {
      ...defaultViewState('en'),
      filters: { countries: [], sectors: [], builders: ['cnpc', 'acme'] },
      project: 'atlantis',
      speech: 's99',
      quote: { paragraph: 0, start: 0, end: 2 },
    };
    const known = { projects: new Set(['moinak-hpp']), organizations: new Set(['cnpc']), speeches: new Set(['s01']) };
    expect(reconcileWithAtlas(state, known)).toEqual({
      state: { ...defaultViewState('en'), filters: { countries: [], sectors: [], builders: ['cnpc'] } },
      notices: [
        { param: 'builder', value: 'acme' },
        { param: 'project', value: 'atlantis' },
        { param: 'speech', value: 's99' },
      ],
    });
  });
});
