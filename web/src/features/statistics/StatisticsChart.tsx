import { useEffect, useMemo, useRef } from 'react';
import { Paper, Text } from '@mantine/core';
import * as echarts from 'echarts';
import { useTranslation } from 'react-i18next';
import type { StatDimension, StatLine, StatReport } from '../../api/statistics';
import { useFormatters } from '../../i18n/format';
import { useStatFormat } from './statFormat';

const MAX_SERIES = 8;
const MAX_BARS = 25;

interface ChartData {
  kind: 'line' | 'bar';
  categories: string[];
  series: { name: string; data: (number | null)[] }[];
}

/**
 * Chart data: a line per group over the years when the table is broken down by year, else a bar
 * per line. Figures become JavaScript numbers here, for drawing only; the table keeps them exact.
 */
function chartData(
  report: StatReport,
  label: (d: StatDimension, v: string | undefined) => string,
): ChartData {
  const others = report.by.filter((d) => d !== 'year');
  const name = (line: StatLine) => others.map((d) => label(d, line.keys[d])).join(' · ') || '∑';
  const kg = (line: StatLine) => Number(line.kilograms);
  const years = [...new Set(report.lines.map((l) => l.keys.year ?? ''))].sort();
  // Lines over time need at least two years; a single year reads better as bars.
  if (report.by.includes('year') && years.length > 1) {
    const groups = new Map<string, Map<string, number>>();
    for (const line of report.lines) {
      const byYear = groups.get(name(line)) ?? new Map<string, number>();
      byYear.set(line.keys.year ?? '', kg(line));
      groups.set(name(line), byYear);
    }
    const largest = [...groups.entries()]
      .map(([n, values]) => ({ n, values, sum: [...values.values()].reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.sum - a.sum)
      .slice(0, MAX_SERIES);
    return {
      kind: 'line',
      categories: years,
      series: largest.map(({ n, values }) => ({ name: n, data: years.map((y) => values.get(y) ?? null) })),
    };
  }
  const bars = [...report.lines].sort((a, b) => kg(b) - kg(a)).slice(0, MAX_BARS);
  // Only the dimensions that tell the bars apart name them (a filtered country need not repeat).
  const varying = report.by.filter((d) => new Set(bars.map((l) => l.keys[d])).size > 1);
  const naming = varying.length > 0 ? varying : report.by;
  const barName = (line: StatLine) => naming.map((d) => label(d, line.keys[d])).join(' · ') || '∑';
  return { kind: 'bar', categories: bars.map(barName), series: [{ name: '', data: bars.map(kg) }] };
}

/** ECharts rendering of the report (no network: echarts is bundled). */
export function StatisticsChart({ report }: { report: StatReport }) {
  const { t } = useTranslation();
  const format = useStatFormat();
  const numbers = useFormatters().number;
  const ref = useRef<HTMLDivElement>(null);
  const data = useMemo(() => chartData(report, format.key), [report, format.key]);

  useEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 70, right: 20, top: data.kind === 'line' ? 40 : 20, bottom: 70 },
      tooltip: {
        trigger: data.kind === 'line' ? 'axis' : 'item',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? numbers(v) : '—'),
      },
      legend: data.kind === 'line' ? { type: 'scroll', top: 0 } : undefined,
      xAxis: {
        type: 'category',
        data: data.categories,
        axisLabel: { rotate: data.kind === 'bar' ? 30 : 0, interval: 0, width: 120, overflow: 'truncate' },
      },
      yAxis: {
        type: 'value',
        name: t('statistics.chartUnit'),
        axisLabel: { formatter: (v: number) => numbers(v) },
      },
      series: data.series.map((s) => ({
        name: s.name,
        type: data.kind,
        data: s.data,
        connectNulls: false,
        itemStyle: data.kind === 'bar' ? { color: '#2b4c7e' } : undefined,
      })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [data, numbers, t]);

  return (
    <Paper withBorder radius="md" p="sm" mb="md">
      <Text size="sm" fw={500} mb={4}>
        {t('statistics.chartTitle')}
      </Text>
      <div ref={ref} style={{ width: '100%', height: 320 }} data-testid="stat-chart" />
    </Paper>
  );
}
