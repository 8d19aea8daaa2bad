import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { filterProjects } from '../../src/domain/filters/filterProjects';
import { useVisibleProjects } from '../../src/state/useVisibleProjects';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();
const features = data.atlas.projects.features;
const country = features[0]!.properties.countries[0]!;

beforeEach(() => useViewStore.getState().restore(defaultViewState('en')));

describe('useVisibleProjects', () => {
  it('gives every component the same list, filtered once per change', () => {
    // Two components reading the hook, as the list and the map do.
    const first = renderHook(() => useVisibleProjects(data));
    const second = renderHook(() => useVisibleProjects(data));
    expect(first.result.current).toBe(second.result.current);
    expect(first.result.current).toEqual(features);

    act(() => useViewStore.getState().toggleFilter('countries', country));
    expect(first.result.current).toBe(second.result.current);
    expect(first.result.current).toEqual(filterProjects(features, useViewStore.getState().filters));
    expect(first.result.current.length).toBeLessThan(features.length);
  });
});
