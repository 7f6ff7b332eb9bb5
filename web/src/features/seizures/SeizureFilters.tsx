import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import type { SeizureFilter } from '../../api/seizures';
import { useNames } from '../../i18n/names';
import { CountrySelect } from './CountrySelect';
import { useVocabulary } from './vocabulary';

interface SeizureFiltersProps {
  filter: SeizureFilter;
  onChange: (key: keyof SeizureFilter, value: string | null) => void;
  onClear: () => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The list filters: place, agency, substance, dates, transport, concealment, route and free text. */
export function SeizureFilters({ filter, onChange, onClear }: SeizureFiltersProps) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const names = useNames();
  const agencies = useAgencies();
  const [search, setSearch] = useState(filter.q ?? '');
  const [debounced] = useDebouncedValue(search, 300);

  // The free text reaches the address bar after a pause, not at every key stroke.
  useEffect(() => {
    if ((debounced.trim() || undefined) !== filter.q) {
      onChange('q', debounced.trim() || null);
    }
    // Only the debounced text drives this; the filter prop follows from it.
  }, [debounced]);

  const agencyOptions = useMemo(
    () =>
      (agencies.data ?? []).map((agency) => ({
        value: agency.id,
        label: `${agency.code} — ${names.of(agency)}`,
      })),
    [agencies.data, names],
  );
  const common = { size: 'xs' as const, clearable: true, searchable: true };
  const date = (key: 'from' | 'to') => (
    <TextInput
      size="xs"
      type="date"
      label={t(`seizures.filters.${key}`)}
      value={filter[key] ?? ''}
      // A half-typed date is not sent: the API accepts only complete ISO dates.
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (!value || ISO_DATE.test(value)) {
          onChange(key, value || null);
        }
      }}
      data-testid={`seizure-filter-${key}`}
    />
  );

  return (
    <Paper withBorder radius="md" p="sm" mb="sm" data-testid="seizure-filters">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4, xl: 5 }} spacing="xs" verticalSpacing="xs">
        <TextInput
          size="xs"
          label={t('common.search')}
          placeholder={t('seizures.filters.qPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={14} />}
          data-testid="seizure-filter-q"
        />
        <CountrySelect
          {...common}
          label={t('seizures.filters.country')}
          placeholder={t('seizures.filters.any')}
          value={filter.country ?? null}
          onChange={(value) => onChange('country', value)}
          data-testid="seizure-filter-country"
        />
        <Select
          {...common}
          label={t('seizures.filters.ownerAgency')}
          placeholder={t('seizures.filters.any')}
          data={agencyOptions}
          value={filter.ownerAgencyId ?? null}
          onChange={(value) => onChange('ownerAgencyId', value)}
          data-testid="seizure-filter-owner"
        />
        <Select
          {...common}
          label={t('seizures.filters.drugGroup')}
          placeholder={t('seizures.filters.any')}
          data={vocab.options('drug_groups')}
          value={filter.drugGroup ?? null}
          onChange={(value) => onChange('drugGroup', value)}
          data-testid="seizure-filter-drug-group"
        />
        <Select
          {...common}
          label={t('seizures.filters.drug')}
          placeholder={t('seizures.filters.any')}
          data={vocab.drugOptions}
          value={filter.drug ?? null}
          onChange={(value) => onChange('drug', value)}
          data-testid="seizure-filter-drug"
        />
        {filter.statisticsDrug !== undefined && (
          // Set only by the drill-down from a statistics figure; shown so it can be seen and cleared.
          <Select
            {...common}
            label={t('seizures.filters.statisticsDrug')}
            placeholder={t('seizures.filters.any')}
            data={vocab.drugOptions}
            value={filter.statisticsDrug}
            onChange={(value) => onChange('statisticsDrug', value)}
            data-testid="seizure-filter-statistics-drug"
          />
        )}
        {date('from')}
        {date('to')}
        <Select
          {...common}
          label={t('seizures.fields.transportMode')}
          placeholder={t('seizures.filters.any')}
          data={vocab.options('transport')}
          value={filter.transportMode ?? null}
          onChange={(value) => onChange('transportMode', value)}
          data-testid="seizure-filter-transport"
        />
        <Select
          {...common}
          label={t('seizures.fields.concealment')}
          placeholder={t('seizures.filters.any')}
          data={vocab.options('concealment')}
          value={filter.concealment ?? null}
          onChange={(value) => onChange('concealment', value)}
          data-testid="seizure-filter-concealment"
        />
        <CountrySelect
          {...common}
          label={t('seizures.filters.routeCountry')}
          placeholder={t('seizures.filters.any')}
          value={filter.routeCountry ?? null}
          onChange={(value) => onChange('routeCountry', value)}
          data-testid="seizure-filter-route-country"
        />
      </SimpleGrid>
      {Object.keys(filter).length > 0 && (
        <Group justify="flex-end" mt="xs">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconFilterOff size={14} />}
            onClick={() => {
              setSearch('');
              onClear();
            }}
            data-testid="seizure-filter-clear"
          >
            {t('common.clearFilters')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
