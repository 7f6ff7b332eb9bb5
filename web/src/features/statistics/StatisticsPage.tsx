import { useMemo } from 'react';
import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useStatistics, type StatQuery } from '../../api/statistics';
import { PageHeader } from '../../components/PageHeader';
import { StatisticsChart } from './StatisticsChart';
import { StatisticsFilters } from './StatisticsFilters';
import { StatisticsTable } from './StatisticsTable';
import { useStatFormat } from './statFormat';
import { readStatQuery, writeStatQuery } from './statQuery';

/**
 * Exact totals by country, year, drug group and drug over official statistics and individual
 * seizures, combined without double counting; the query lives in the address bar.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const format = useStatFormat();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readStatQuery(params), [params]);
  const report = useStatistics(query);
  const change = (next: StatQuery) => setParams(writeStatQuery(next), { replace: true });
  const data = report.data;

  return (
    <>
      <PageHeader
        section={t('nav.sectionWork')}
        title={t('statistics.title')}
        description={t('statistics.description')}
      />
      <StatisticsFilters query={query} onChange={change} />
      {data && (
        <Paper withBorder radius="md" p="sm" mb="md" data-testid="stat-summary">
          <Group gap="xl" wrap="wrap">
            <Text size="sm">
              {t('statistics.totalKilograms')}{' '}
              <Text span fw={600} ff="monospace" data-testid="stat-summary-kg">
                {format.exact(data.total.kilograms)}
              </Text>
            </Text>
            <Text size="sm">
              {t('statistics.unknownFigures')}{' '}
              <Text span fw={600} data-testid="stat-summary-unknown">
                {data.total.unknownCount}
              </Text>
            </Text>
            <Text size="sm" c="dimmed">
              {data.previousPeriod
                ? t('statistics.comparedWithPeriod', data.previousPeriod)
                : data.by.includes('year')
                  ? t('statistics.comparedWithYear')
                  : t('statistics.noComparison')}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" mt={6}>
            {t('statistics.rule')}
          </Text>
        </Paper>
      )}
      {data && data.lines.length > 0 && <StatisticsChart report={data} />}
      <StatisticsTable report={data} query={query} isLoading={report.isLoading} error={report.error} />
    </>
  );
}
