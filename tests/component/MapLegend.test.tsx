// The map's key as a visitor reads it: a size key only where some project states a capacity in MW.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../src/data/atlasSchema';
import { i18n } from '../../src/i18n/i18n';
import { MapLegend } from '../../src/map/MapLegend';
import { createCapacityScale } from '../../src/map/markerScale';
import { builtAtlasData } from '../fixtures/builtAtlas';

const data = builtAtlasData();

function renderLegend(projects: readonly ProjectFeature[]) {
  render(
    <I18nextProvider i18n={i18n}>
      <MapLegend sectors={['energy', 'industry']} capacityScale={createCapacityScale(projects)} language="en" showsCells={false} unmappedCount={0} />
    </I18nextProvider>,
  );
  return screen.getByText('Legend').closest('details')!;
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('MapLegend', () => {
  it('keys circle sizes to 100, 300 and 500 MW for the forum’s projects', () => {
    const legend = renderLegend(data.atlas.projects.features);
    expect(within(legend).getByRole('heading', { name: 'Capacity (circle area)' })).toBeInTheDocument();
    const sizes = within(legend).getByRole('heading', { name: 'Capacity (circle area)' }).nextElementSibling!;
    expect(within(sizes as HTMLElement).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['100 MW', '300 MW', '500 MW']);
  });

  it('has no size key when no project states a capacity in MW, and still explains the hollow markers', () => {
    const legend = renderLegend([data.projectsById.get('allur-car-plant')!]);
    expect(within(legend).queryByRole('heading', { name: 'Capacity (circle area)' })).not.toBeInTheDocument();
    expect(legend).not.toHaveTextContent('MW');
    expect(within(legend).getByText('No capacity stated')).toBeInTheDocument();
    expect(within(legend).getByText('Approximate route')).toBeInTheDocument();
  });
});
