import { Button, Group, Pagination, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SEIZURE_PAGE_SIZE, useSeizures, type SeizureFilter } from '../../api/seizures';
import { useCan } from '../../api/session';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../i18n/format';
import { ExportMenu } from './ExportMenu';
import { readListState, toggledSort, withFilter, writeListState, type ListState } from './listParams';
import { SeizureFilters } from './SeizureFilters';
import { SeizureTable } from './SeizureTable';

/** The seizure list: filters, sort and page in the address bar, exports under the same filters. */
export function SeizuresPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const canWrite = useCan('records.write');
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const seizures = useSeizures({
    ...state.filter,
    sort: state.sort,
    offset: (state.page - 1) * SEIZURE_PAGE_SIZE,
    limit: SEIZURE_PAGE_SIZE,
  });
  const go = (next: ListState) => setParams(writeListState(next), { replace: true });
  const total = seizures.data?.total ?? 0;
  const items = seizures.data?.items ?? [];
  const pages = Math.max(1, Math.ceil(total / SEIZURE_PAGE_SIZE));
  const first = total === 0 ? 0 : (state.page - 1) * SEIZURE_PAGE_SIZE + 1;
  const last = Math.min(total, state.page * SEIZURE_PAGE_SIZE);

  const footer =
    total > 0 ? (
      <Group justify="space-between" px="sm" py="xs" className="nr-table-footer">
        <Text size="xs" c="dimmed" data-testid="seizure-count">
          {t('seizures.range', {
            first: format.number(first),
            last: format.number(last),
            total: seizures.data?.totalCapped ? `${format.number(total)}+` : format.number(total),
          })}
        </Text>
        {pages > 1 && (
          <Pagination
            size="sm"
            total={pages}
            value={state.page}
            onChange={(page) => go({ ...state, page })}
            data-testid="seizure-pages"
          />
        )}
      </Group>
    ) : null;

  return (
    <>
      <PageHeader
        section={t('nav.sectionWork')}
        title={t('seizures.title')}
        description={t('seizures.description')}
        actions={
          <>
            <ExportMenu filter={state.filter} />
            {canWrite && (
              <Button
                component={Link}
                to="/seizures/new"
                leftSection={<IconPlus size={16} />}
                data-testid="seizure-create"
              >
                {t('seizures.create')}
              </Button>
            )}
          </>
        }
      />
      <SeizureFilters
        filter={state.filter}
        onChange={(key: keyof SeizureFilter, value) => go(withFilter(state, key, value))}
        onClear={() => go({ ...state, filter: {}, page: 1 })}
      />
      <SeizureTable
        items={items}
        sort={state.sort}
        onSort={(column) => go({ ...state, sort: toggledSort(state.sort, column), page: 1 })}
        isLoading={seizures.isPending}
        error={seizures.error}
        footer={footer}
      />
    </>
  );
}
