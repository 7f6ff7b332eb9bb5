import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SeizureSort, SeizureSummary } from '../../api/seizures';
import { DataTable, Th } from '../../components/DataTable';
import { HandlingBadge } from '../records/RecordBadges';
import { useCountryName } from './CountrySelect';
import { useSeizureFormat } from './seizureFormat';
import { useVocabulary } from './vocabulary';

type SortColumn = 'occurredOn' | 'totalKg' | 'reference';

interface SeizureTableProps {
  items: SeizureSummary[];
  sort: SeizureSort;
  onSort: (column: SortColumn) => void;
  isLoading: boolean;
  error: unknown;
  footer: ReactNode;
}

function SortHeader({
  column,
  sort,
  onSort,
  children,
}: {
  column: SortColumn;
  sort: SeizureSort;
  onSort: (column: SortColumn) => void;
  children: ReactNode;
}) {
  const Icon = sort === column ? IconArrowUp : sort === `-${column}` ? IconArrowDown : IconSelector;
  return (
    <UnstyledButton
      onClick={() => onSort(column)}
      data-testid={`seizure-sort-${column}`}
      fz="inherit"
      fw="inherit"
      // The header's own look (capitals, spacing, colour) carries over to the button.
      style={{ textTransform: 'inherit', letterSpacing: 'inherit', color: 'inherit' }}
    >
      <Group gap={4} wrap="nowrap">
        {children}
        <Icon size={13} stroke={1.8} />
      </Group>
    </UnstyledButton>
  );
}

/** The seizure rows: reference, date at its precision, place, substances, exact total, owner, handling. */
export function SeizureTable({ items, sort, onSort, isLoading, error, footer }: SeizureTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const vocab = useVocabulary();
  const format = useSeizureFormat();
  const countryName = useCountryName();

  const head = (
    <>
      <Th width={170}>
        <SortHeader column="reference" sort={sort} onSort={onSort}>
          {t('seizures.fields.reference')}
        </SortHeader>
      </Th>
      <Th width={130}>
        <SortHeader column="occurredOn" sort={sort} onSort={onSort}>
          {t('seizures.fields.date')}
        </SortHeader>
      </Th>
      <Th minWidth={180}>{t('seizures.fields.place')}</Th>
      <Th minWidth={200}>{t('seizures.fields.drugs')}</Th>
      <Th width={150} align="right">
        <SortHeader column="totalKg" sort={sort} onSort={onSort}>
          {t('seizures.fields.totalKg')}
        </SortHeader>
      </Th>
      <Th width={120}>{t('records.owner')}</Th>
      <Th width={90}>{t('records.handlingCode')}</Th>
    </>
  );

  return (
    <DataTable
      head={head}
      isLoading={isLoading}
      error={error}
      isEmpty={!isLoading && items.length === 0}
      emptyText={t('seizures.empty')}
      minWidth={1040}
      testId="seizure-table"
      footer={footer}
    >
      {items.map((seizure) => (
        <Table.Tr
          key={seizure.id}
          data-testid="seizure-row"
          data-seizure-id={seizure.id}
          onClick={() => void navigate(`/seizures/${encodeURIComponent(seizure.id)}`)}
          style={{ cursor: 'pointer' }}
        >
          <Table.Td>
            <Anchor
              component={Link}
              to={`/seizures/${encodeURIComponent(seizure.id)}`}
              size="sm"
              fw={600}
              onClick={(event) => event.stopPropagation()}
            >
              {seizure.reference}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{format.reportedDate(seizure.occurredOn, seizure.datePrecision)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{countryName(seizure.country)}</Text>
            {(seizure.locality || seizure.region) && (
              <Text size="xs" c="dimmed">
                {[seizure.locality, seizure.region].filter(Boolean).join(', ')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm">{seizure.drugCodes.map((code) => vocab.label('drugs', code)).join(', ')}</Text>
          </Table.Td>
          <Table.Td ta="right">
            <Group gap={6} justify="flex-end" wrap="nowrap">
              {seizure.unconvertedLines > 0 && (
                <Tooltip label={t('seizures.unconvertedHint', { count: seizure.unconvertedLines })} withArrow>
                  <Badge
                    size="xs"
                    variant="light"
                    color="orange"
                    radius="sm"
                    tt="none"
                    data-testid="seizure-unconverted"
                  >
                    {t('seizures.unconverted')}
                  </Badge>
                </Tooltip>
              )}
              <Text size="sm" ff="monospace" data-testid="seizure-total">
                {seizure.totalKg === null ? '—' : format.decimal(seizure.totalKg)}
              </Text>
            </Group>
          </Table.Td>
          <Table.Td ff="monospace" fz="xs">
            {seizure.ownerAgencyCode}
          </Table.Td>
          <Table.Td>
            <HandlingBadge code={seizure.sharing.handlingCode} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
