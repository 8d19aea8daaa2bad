// One horizontal bar chart of the statistics view (a total per country or sector), with its numbers
// as a table for screen readers. Clicking a bar toggles that country's or sector's filter.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../domain/format/formatQuantity';
import { CHART_ACCENT, CHART_INK, ChartFigure } from '../../ui/ChartFigure';
import type { Language } from '../../vocabulary';

export interface BreakdownBar {
  key: string;
  label: string;
  value: number;
  /** The value as the bar's label and the table show it. */
  valueText: string;
  /** The projects behind the bar, for the table. */
  projects: string;
  /** Toggles the filter the bar stands for; null for a bar that stands for none (cross-border). */
  onSelect: (() => void) | null;
}

const BAR_HEIGHT = 34;
const AXIS_HEIGHT = 40;
/** The width the chart starts with before it measures its container (and in tests, which cannot measure). */
const INITIAL_WIDTH = 560;

export function BreakdownChart({
  title,
  fileName,
  keyHeader,
  valueHeader,
  bars,
  notes,
  language,
  integer = false,
}: {
  title: string;
  fileName: string;
  keyHeader: string;
  valueHeader: string;
  bars: readonly BreakdownBar[];
  notes: ReactNode;
  language: Language;
  /** Counts: no fractional ticks. */
  integer?: boolean;
}) {
  const { t } = useTranslation('stats');
  const height = bars.length * BAR_HEIGHT + AXIS_HEIGHT;
  return (
    <ChartFigure
      title={title}
      fileName={fileName}
      labels={{ downloads: t('downloadChart', { title }), png: t('downloadPng'), svg: t('downloadSvg'), failed: t('downloadFailed') }}
      description={
        <>
          {notes}
          <table className="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{keyHeader}</th>
                <th scope="col">{valueHeader}</th>
                <th scope="col">{t('projects')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.key}>
                  <th scope="row">{bar.label}</th>
                  <td>{bar.valueText}</td>
                  <td>{bar.projects}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
        <BarChart layout="vertical" data={bars} accessibilityLayer={false} margin={{ top: 4, right: 120, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#e3e7ec" />
          <XAxis type="number" allowDecimals={!integer} tickFormatter={(value: number) => formatNumber(value, language)} tick={{ fill: CHART_INK, fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={140} tick={{ fill: CHART_INK, fontSize: 12 }} />
          <Bar dataKey="value" fill={CHART_ACCENT} isAnimationActive={false} cursor="pointer" onClick={(_, index) => bars[index]?.onSelect?.()}>
            <LabelList dataKey="valueText" position="right" fill={CHART_INK} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
