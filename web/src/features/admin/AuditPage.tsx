import { useMemo, useState } from 'react';
import { Button, Center, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuditLog } from '../../api/audit';
import { useCan } from '../../api/session';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../i18n/format';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { filterFromParams, toApiFilter, type AuditFilterValues } from './auditFilter';

/** The tamper-evident audit log: filter by actor, agency, action, object, outcome and dates; page backwards. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params] = useSearchParams();
  const allAgencies = useCan('audit.read.all');
  const [values, setValues] = useState<AuditFilterValues>(() => filterFromParams(params));
  const [debounced] = useDebouncedValue(values, 300);
  const apiFilter = useMemo(() => toApiFilter(debounced), [debounced]);
  const log = useAuditLog(apiFilter);
  const entries = useMemo(() => log.data?.pages.flatMap((page) => page.items) ?? [], [log.data]);

  const footer = (log.hasNextPage || entries.length > 0) && (
    <Group justify="space-between" px="sm" py="xs" className="nr-table-footer">
      <Text size="xs" c="dimmed" data-testid="audit-count">
        {t('audit.shown', { count: entries.length, formatted: format.number(entries.length) })}
      </Text>
      {log.hasNextPage ? (
        <Button
          size="xs"
          variant="light"
          onClick={() => void log.fetchNextPage()}
          loading={log.isFetchingNextPage}
          data-testid="audit-load-more"
        >
          {t('audit.loadMore')}
        </Button>
      ) : (
        <Text size="xs" c="dimmed">
          {t('audit.end')}
        </Text>
      )}
    </Group>
  );

  return (
    <>
      <PageHeader
        section={t('nav.sectionAdmin')}
        title={t('audit.title')}
        description={allAgencies ? t('audit.descriptionAll') : t('audit.descriptionOwn')}
      />
      <AuditFilters values={values} onChange={setValues} error={log.error} />
      <AuditTable
        entries={entries}
        isLoading={log.isPending}
        error={log.error}
        footer={footer || undefined}
        onActor={(actorId) => setValues((old) => ({ ...old, actorId }))}
      />
      {log.isFetching && !log.isPending && !log.isFetchingNextPage && (
        <Center mt="xs">
          <Text size="xs" c="dimmed">
            {t('common.refreshing')}
          </Text>
        </Center>
      )}
    </>
  );
}
