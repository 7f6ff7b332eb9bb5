import { Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatBasis, StatDimension, StatLine, StatQuery, StatReport } from '../../api/statistics';
import { DataTable, Th } from '../../components/DataTable';
import { drillDownHref } from './statQuery';
import { useStatFormat } from './statFormat';

const BASIS_COLOR: Record<StatBasis, string> = { statistical: 'navy', seizures: 'teal', mixed: 'grape' };

interface StatisticsTableProps {
  report: StatReport | undefined;
  query: StatQuery;
  isLoading: boolean;
  error: unknown;
}

/** The statistics lines with their total: exact figures, unknowns apart, previous period and basis. */
export function StatisticsTable({ report, query, isLoading, error }: StatisticsTableProps) {
  const { t } = useTranslation();
  const format = useStatFormat();
  const dims: StatDimension[] = report?.by ?? query.by;

  const figures = (line: StatLine) => (
    <>
      <Table.Td ta="right" ff="monospace" data-testid="stat-kg">
        {format.exact(line.kilograms)}
      </Table.Td>
      <Table.Td ta="right" data-testid="stat-unknown">
        {line.unknownCount > 0 ? (
          <Tooltip label={t('statistics.unknownHint')}>
            <Text span size="sm" c="orange.8" fw={500}>
              {line.unknownCount}
            </Text>
          </Tooltip>
        ) : (
          0
        )}
      </Table.Td>
      <Table.Td ta="right">{line.figureCount}</Table.Td>
      <Table.Td ta="right" ff="monospace" data-testid="stat-previous">
        {line.previousKilograms === null ? '—' : format.exact(line.previousKilograms)}
      </Table.Td>
      <Table.Td ta="right" ff="monospace" data-testid="stat-change">
        {line.change === null ? '—' : format.exact(line.change)}
      </Table.Td>
      <Table.Td ta="right" data-testid="stat-change-percent">
        {line.changePercent === null ? '—' : `${format.exact(line.changePercent)} %`}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Badge size="sm" variant="light" color={BASIS_COLOR[line.basis]} data-testid="stat-basis">
            {t(`statistics.basis.${line.basis}`)}
          </Badge>
          {line.inconsistent && (
            <Tooltip label={t('statistics.inconsistentHint')} multiline w={280}>
              <IconAlertTriangle
                size={16}
                color="var(--mantine-color-orange-7)"
                aria-label={t('statistics.inconsistent')}
              />
            </Tooltip>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{line.sources.map(format.source).join(', ')}</Text>
      </Table.Td>
      <Table.Td ta="right" ff="monospace">
        <Tooltip label={t('statistics.seizuresHint', { lines: line.seizureLines })} multiline w={280}>
          <Text span size="sm" data-testid="stat-seizure-kg">
            {line.seizureLines === 0 ? '—' : format.exact(line.seizureKilograms)}
          </Text>
        </Tooltip>
      </Table.Td>
    </>
  );

  const head = (
    <>
      {dims.map((d) => (
        <Th key={d} minWidth={d === 'year' ? 70 : 140}>
          {t(`statistics.dimensions.${d}`)}
        </Th>
      ))}
      <Th align="right">{t('statistics.columns.kilograms')}</Th>
      <Th align="right">{t('statistics.columns.unknown')}</Th>
      <Th align="right">{t('statistics.columns.figures')}</Th>
      <Th align="right">{t('statistics.columns.previous')}</Th>
      <Th align="right">{t('statistics.columns.change')}</Th>
      <Th align="right">{t('statistics.columns.changePercent')}</Th>
      <Th minWidth={170}>{t('statistics.columns.basis')}</Th>
      <Th minWidth={150}>{t('statistics.columns.sources')}</Th>
      <Th align="right">{t('statistics.columns.seizures')}</Th>
      <Th />
    </>
  );

  const lines = report?.lines ?? [];
  return (
    <DataTable
      head={head}
      isLoading={isLoading && !report}
      error={error}
      isEmpty={!isLoading && lines.length === 0}
      emptyText={t('statistics.empty')}
      minWidth={1300}
      testId="stat-table"
    >
      {lines.map((line) => (
        <Table.Tr
          key={JSON.stringify(line.keys)}
          data-testid="stat-line"
          data-keys={JSON.stringify(line.keys)}
        >
          {dims.map((d) => (
            <Table.Td key={d}>{format.key(d, line.keys[d])}</Table.Td>
          ))}
          {figures(line)}
          <Table.Td>
            <Anchor component={Link} to={drillDownHref(line, query)} size="xs" data-testid="stat-drill-down">
              {t('statistics.drillDown')}
            </Anchor>
          </Table.Td>
        </Table.Tr>
      ))}
      {report && lines.length > 0 && dims.length > 0 && (
        <Table.Tr data-testid="stat-total" fw={600}>
          <Table.Td colSpan={Math.max(dims.length, 1)}>{t('statistics.total')}</Table.Td>
          {figures(report.total)}
          <Table.Td />
        </Table.Tr>
      )}
    </DataTable>
  );
}
