// In the statistics view: each reference layer's totals by country, labelled with its file name and
// as not from the speeches, beside the capacity the speeches state.
import { useQuery } from '@tanstack/react-query';
import countries from 'i18n-iso-countries';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatQuantity } from '../../domain/format/formatQuantity';
import { layerTotalsByCountry, type CountryShapeIndex } from '../../domain/layers/layerTotalsByCountry';
import { countryName } from '../../i18n/countryNames';
import { fetchBasemap } from '../../map/basemapStyle';
import type { Language } from '../../state/viewState';
import type { OpenLayer } from './useReferenceLayers';

const BASE_URL = import.meta.env.BASE_URL;

/** The basemap's country shapes (the map's own cached query) by alpha-2 code. */
function useCountryShapes(): CountryShapeIndex {
  const basemap = useQuery({ queryKey: ['basemap', BASE_URL], queryFn: () => fetchBasemap(BASE_URL).catch(() => null), staleTime: Infinity, retry: false });
  return useMemo(() => {
    const index = new Map<string, Feature<Polygon | MultiPolygon>>();
    for (const shape of basemap.data?.shapes.countries.features ?? []) {
      const code = shape.id === undefined ? undefined : countries.numericToAlpha2(String(shape.id));
      if (code !== undefined && (shape.geometry.type === 'Polygon' || shape.geometry.type === 'MultiPolygon')) {
        index.set(code, shape as Feature<Polygon | MultiPolygon>);
      }
    }
    return index;
  }, [basemap.data]);
}

export function LayerTotals({ layers, language }: { layers: readonly OpenLayer[]; language: Language }) {
  const { t } = useTranslation('layers');
  const shapes = useCountryShapes();
  if (layers.length === 0) return null;
  return (
    <>
      {layers.map(({ id, layer }) => (
        <LayerTotalsTable key={id} fileName={layer.fileName} rows={layerTotalsByCountry(layer, shapes)} language={language} caption={t('totalsCaption', { name: layer.fileName })} />
      ))}
    </>
  );
}

function LayerTotalsTable({ fileName, rows, language, caption }: { fileName: string; rows: ReturnType<typeof layerTotalsByCountry>; language: Language; caption: string }) {
  const { t } = useTranslation('layers');
  return (
    <section className="stats__section layer-totals" data-layer={fileName}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('totalsCountry')}</th>
            <th scope="col">{t('totalsCount')}</th>
            <th scope="col">{t('totalsCapacity')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.country ?? ''}>
              <th scope="row">{row.country === null ? t('totalsNoCountry') : countryName(row.country, language)}</th>
              <td>{formatNumber(row.count, language)}</td>
              <td>
                {row.withCapacity === 0
                  ? '—'
                  : t('totalsMw', { amount: formatQuantity(row.megawatts, 'MW', null, language), stated: formatNumber(row.withCapacity, language) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
