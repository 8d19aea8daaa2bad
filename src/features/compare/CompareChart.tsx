// One unit's bars for the picked projects. Each bar's tooltip gives the figure with its qualifier,
// the speech's own words and who said them; the same, as a table, is what screen readers read.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps, type YAxisTickContentProps } from 'recharts';
import type { CompareBar, CompareChart as CompareChartData } from '../../domain/compare/compareCharts';
import { formatNumber, formatQuantity, unitLabel } from '../../domain/format/formatQuantity';
import { speakerIn } from '../../domain/provenance/speechTranslation';
import { CHART_ACCENT, CHART_INK, ChartFigure } from '../../ui/ChartFigure';
import { wrapLabel } from './wrapLabel';
import type { AtlasData, Language } from '../../vocabulary';

interface ChartRow {
  /** The figure's id: the category the axis and the tooltip look rows up by. */
  key: string;
  label: string;
  lines: string[];
  value: number;
  valueText: string;
  bar: CompareBar;
}

const LINE_HEIGHT = 14;
const ROW_PADDING = 18;
const AXIS_HEIGHT = 40;
const LABEL_WIDTH = 210;
/** About this many Latin letters fit in LABEL_WIDTH at 12px. */
const LABEL_CHARACTERS = 26;
const INITIAL_WIDTH = 640;

function useRows(chart: CompareChartData, language: Language): ChartRow[] {
  const { t } = useTranslation(['compare', 'common']);
  const severalMetrics = chart.metrics.length > 1;
  return chart.bars.map((bar) => {
    const { subject, figure } = bar;
    let label =
      subject.kind === 'project'
        ? subject.project.properties.name[language]
        : t('groupLabel', { group: subject.group.name[language], members: subject.members.map((member) => member.properties.name[language]).join(t('listSeparator')) });
    if (figure.phase !== undefined) label = t('labelWithPhase', { name: label, phase: t(`common:phase.${figure.phase}`) });
    if (severalMetrics) label = t('labelWithMetric', { name: label, metric: t(`common:metric.${figure.metric}`) });
    return {
      key: figure.id,
      label,
      lines: wrapLabel(label, LABEL_CHARACTERS),
      value: figure.value,
      valueText: formatQuantity(figure.value, figure.unit, figure.qualifier, language),
      bar,
    };
  });
}

export function CompareChart({ data, chart, language }: { data: AtlasData; chart: CompareChartData; language: Language }) {
  const { t } = useTranslation(['compare', 'common']);
  const rows = useRows(chart, language);
  const rowsByKey = new Map(rows.map((row) => [row.key, row]));
  const title = t('chartTitle', { metrics: chart.metrics.map((metric) => t(`common:metric.${metric}`)).join(t('listSeparator')), unit: unitLabel(chart.unit, language) });
  const maxLines = Math.max(1, ...rows.map((row) => row.lines.length));
  const height = rows.length * (maxLines * LINE_HEIGHT + ROW_PADDING) + AXIS_HEIGHT;
  const speakerOf = (row: ChartRow) => {
    const speech = data.speechesById.get(row.bar.figure.speech);
    if (speech === undefined) return '';
    const speaker = speakerIn(speech, language);
    return t('speakerLine', { name: speaker.name, role: speaker.role });
  };

  return (
    <ChartFigure
      title={title}
      fileName={`silk-road-atlas-compare-${chart.metrics.join('-')}`}
      labels={{ downloads: t('downloadChart', { title }), png: t('downloadPng'), svg: t('downloadSvg'), failed: t('downloadFailed') }}
      description={
        <>
          {chart.unstated.length > 0 && <p>{t('unstated', { names: chart.unstated.map((project) => project.properties.name[language]).join(t('listSeparator')) })}</p>}
          <table className="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('project')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('asWritten')}</th>
                <th scope="col">{t('quote')}</th>
                <th scope="col">{t('speaker')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.valueText}</td>
                  <td lang="zh">{row.bar.figure.amount}</td>
                  <td lang="zh">{row.bar.figure.quote}</td>
                  <td>{speakerOf(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      }
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
        <BarChart layout="vertical" data={rows} accessibilityLayer={false} margin={{ top: 4, right: 170, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#e3e7ec" />
          <XAxis type="number" tickFormatter={(value: number) => formatNumber(value, language)} tick={{ fill: CHART_INK, fontSize: 12 }} />
          <YAxis type="category" dataKey="key" width={LABEL_WIDTH} interval={0} tick={(props: YAxisTickContentProps) => <WrappedTick {...props} lines={rows[props.index]?.lines ?? []} />} />
          <Tooltip
            cursor={{ fill: '#eef3f9' }}
            content={(props: TooltipContentProps) => {
              const row = props.label === undefined ? undefined : rowsByKey.get(String(props.label));
              return props.active && row !== undefined ? <BarTooltip row={row} speaker={speakerOf(row)} /> : null;
            }}
          />
          <Bar dataKey="value" fill={CHART_ACCENT} isAnimationActive={false}>
            <LabelList dataKey="valueText" position="right" fill={CHART_INK} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function WrappedTick({ x, y, lines }: YAxisTickContentProps & { lines: string[] }) {
  const top = Number(y) - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={Number(x)} y={top} textAnchor="end" dominantBaseline="middle" fill={CHART_INK} fontSize={12}>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function BarTooltip({ row, speaker }: { row: ChartRow; speaker: string }) {
  const { t } = useTranslation(['compare', 'common']);
  return (
    <div className="compare__tooltip">
      <p className="compare__tooltip-label">{row.label}</p>
      <p className="compare__tooltip-value">{row.valueText}</p>
      <blockquote lang="zh">{t('quoted', { quote: row.bar.figure.quote })}</blockquote>
      <p className="compare__tooltip-speaker">— {speaker}</p>
    </div>
  );
}
