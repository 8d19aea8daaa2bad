// In the statistics view: each reference layer's totals by country, labelled with its file name and
// as not from the speeches, beside the capacity the speeches state.
import { useQuery } from '@tanstack/react-query';
import countries from 'i18n-iso-countries';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatQuantity } from '../../domain/format/formatQuantity';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { capacityBesideLayer, layerTotalsByCountry, type CountryShapeIndex, type LayerCountryTotal } from '../../domain/layers/layerTotalsByCountry';
import { CHART_ACCENT, CHART_INK, ChartFigure } from '../../ui/ChartFigure';
import { REFERENCE_COLOR } from '../../map/referenceLayers';
import { countryName } from '../../i18n/countryNames';
import { basemapQuery } from '../../map/basemapQuery';
import type { OpenLayer } from './useReferenceLayers';
import type { Language } from '../../vocabulary';

/** The basemap's country shapes (the map's own cached query) by alpha-2 code. */
function useCountryShapes(): CountryShapeIndex {
  const basemap = useQuery(basemapQuery);
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

export function LayerTotals({ layers, speechesMw, language }: { layers: readonly OpenLayer[]; speechesMw: ReadonlyMap<string, number>; language: Language }) {
  const { t } = useTranslation('layers');
  const shapes = useCountryShapes();
  // Counted once per layer and shapes, not on every render of the statistics view.
  const totals = useMemo(() => new Map(layers.map(({ id, layer }) => [id, layerTotalsByCountry(layer, shapes)])), [layers, shapes]);
  if (layers.length === 0) return null;
  return (
    <>
      {layers.map(({ id, layer }) => {
        const rows = totals.get(id) ?? [];
        return (
          <section key={id} className="stats__section layer-totals" data-layer={layer.fileName}>
            <CapacityBesideChart fileName={layer.fileName} speechesMw={speechesMw} rows={rows} language={language} />
            <LayerTotalsTable rows={rows} language={language} caption={t('totalsCaption', { name: layer.fileName })} />
          </section>
        );
      })}
    </>
  );
}

const BAR_GROUP_HEIGHT = 44;
const CHART_CHROME_HEIGHT = 70;
/** The width the chart starts with before it measures its container. */
const INITIAL_WIDTH = 560;
const LAYER_BAR_COLOR = `rgb(${REFERENCE_COLOR.join(',')})`;

/** The speeches' capacity and the layer's, side by side per country, the layer's in the map's neutral grey. */
function CapacityBesideChart({ fileName, speechesMw, rows, language }: { fileName: string; speechesMw: ReadonlyMap<string, number>; rows: readonly LayerCountryTotal[]; language: Language }) {
  const { t } = useTranslation('layers');
  const { t: tStats } = useTranslation('stats');
  const beside = capacityBesideLayer(speechesMw, rows).map((row) => ({ ...row, label: countryName(row.country, language) }));
  if (!beside.some((row) => row.layerMw !== null)) return null;
  const title = t('besideTitle', { name: fileName });
  const speechesName = t('besideSpeeches');
  const layerName = t('besideLayer', { name: fileName });
  const mw = (value: number | null) => (value === null ? '—' : formatQuantity(value, 'MW', null, language));
  const height = beside.length * BAR_GROUP_HEIGHT + CHART_CHROME_HEIGHT;
  return (
    <ChartFigure
      title={title}
      fileName={`capacity-beside-${fileName.replace(/[^\p{L}\p{N}]+/gu, '-')}`}
      labels={{ downloads: tStats('downloadChart', { title }), png: tStats('downloadPng'), svg: tStats('downloadSvg'), failed: tStats('downloadFailed') }}
      description={
        <table className="visually-hidden">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('totalsCountry')}</th>
              <th scope="col">{speechesName}</th>
              <th scope="col">{layerName}</th>
            </tr>
          </thead>
          <tbody>
            {beside.map((row) => (
              <tr key={row.country}>
                <th scope="row">{row.label}</th>
                <td>{mw(row.speechesMw)}</td>
                <td>{mw(row.layerMw)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
        <BarChart layout="vertical" data={beside} accessibilityLayer={false} margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#e3e7ec" />
          <XAxis type="number" tickFormatter={(value: number) => formatNumber(value, language)} tick={{ fill: CHART_INK, fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={120} tick={{ fill: CHART_INK, fontSize: 12 }} />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12, color: CHART_INK }} />
          <Bar dataKey="speechesMw" name={speechesName} fill={CHART_ACCENT} isAnimationActive={false} />
          <Bar dataKey="layerMw" name={layerName} fill={LAYER_BAR_COLOR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function LayerTotalsTable({ rows, language, caption }: { rows: readonly LayerCountryTotal[]; language: Language; caption: string }) {
  const { t } = useTranslation('layers');
  return (
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
  );
}
