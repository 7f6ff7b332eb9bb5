import { useMemo, useState } from 'react';
import { Anchor, Button, Center, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RECORD_SCHEMATA, useRecords, type RecordSchema } from '../../api/records';
import { useCan } from '../../api/session';
import { DataTable, Th } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../i18n/format';
import { DistributionBadge, HandlingBadge } from './RecordBadges';
import { RecordDetail } from './RecordDetail';
import { RecordFormModal } from './RecordFormModal';

function isSchema(value: string | null): value is RecordSchema {
  return value !== null && (RECORD_SCHEMATA as readonly string[]).includes(value);
}

/** The records the actor's agency may see, with filters, creation and a detail drawer (`/records/:recordId`). */
export function RecordsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const { recordId } = useParams();
  const canWrite = useCan('records.write');
  const [schema, setSchema] = useState<RecordSchema | null>(null);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [creating, setCreating] = useState(false);
  const records = useRecords({ schema, q: query });
  const items = useMemo(() => records.data?.pages.flatMap((page) => page.items) ?? [], [records.data]);

  const schemaOptions = useMemo(
    () => RECORD_SCHEMATA.map((value) => ({ value, label: t(`records.schemata.${value}`) })),
    [t],
  );
  const open = (id: string) => void navigate(`/records/${encodeURIComponent(id)}`);

  const head = (
    <>
      <Th>{t('records.caption')}</Th>
      <Th width={190}>{t('records.schema')}</Th>
      <Th width={130}>{t('records.owner')}</Th>
      <Th width={210}>{t('records.distribution')}</Th>
      <Th width={110}>{t('records.handlingCode')}</Th>
      <Th width={170}>{t('records.updated')}</Th>
    </>
  );

  const footer =
    items.length > 0 ? (
      <Center py="xs">
        {records.hasNextPage ? (
          <Button
            variant="subtle"
            size="xs"
            loading={records.isFetchingNextPage}
            onClick={() => void records.fetchNextPage()}
            data-testid="record-load-more"
          >
            {t('records.loadMore')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('records.end')} {t('records.shown', { count: items.length })}
          </Text>
        )}
      </Center>
    ) : null;

  return (
    <>
      <PageHeader
        section={t('nav.sectionWork')}
        title={t('records.title')}
        description={t('records.description')}
        actions={
          canWrite && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setCreating(true)}
              data-testid="record-create"
            >
              {t('records.create')}
            </Button>
          )
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <Select
          label={t('records.schema')}
          placeholder={t('records.allSchemata')}
          data={schemaOptions}
          value={schema}
          onChange={(value) => setSchema(isSchema(value) ? value : null)}
          clearable
          searchable
          w={240}
          size="xs"
          data-testid="record-filter-schema"
        />
        <TextInput
          label={t('common.search')}
          placeholder={t('records.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={14} />}
          w={280}
          size="xs"
          data-testid="record-filter-q"
        />
      </Group>
      <DataTable
        head={head}
        isLoading={records.isPending}
        error={records.error}
        isEmpty={!records.isPending && items.length === 0}
        emptyText={t('records.empty')}
        minWidth={960}
        testId="record-table"
        footer={footer}
      >
        {items.map((record) => (
          <Table.Tr
            key={record.id}
            data-testid="record-row"
            data-record-id={record.id}
            onClick={() => open(record.id)}
            style={{ cursor: 'pointer' }}
          >
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                fw={600}
                onClick={(event) => {
                  event.stopPropagation();
                  open(record.id);
                }}
              >
                {record.caption}
              </Anchor>
            </Table.Td>
            <Table.Td>{t(`records.schemata.${record.schema}`)}</Table.Td>
            <Table.Td ff="monospace" fz="xs">
              {record.ownerAgencyCode}
            </Table.Td>
            <Table.Td>
              <DistributionBadge distribution={record.sharing.distribution} />
            </Table.Td>
            <Table.Td>
              <HandlingBadge code={record.sharing.handlingCode} />
            </Table.Td>
            <Table.Td>
              <Text size="xs">{format.dateTime(record.updatedAt)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {creating && <RecordFormModal onClose={() => setCreating(false)} />}
      <RecordDetail recordId={recordId ?? null} onClose={() => void navigate('/records')} />
    </>
  );
}
