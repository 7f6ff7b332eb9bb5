import { useMemo, useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import { useCountries, useOrganisations } from '../../api/reference';
import { useCan } from '../../api/session';
import { AGENCY_KINDS, type Agency, type AgencyKind } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { useNames } from '../../i18n/names';
import { AgencyFormModal } from './AgencyFormModal';
import { AgencyTable } from './AgencyTable';

type Editing = { mode: 'create' } | { mode: 'edit'; agency: Agency } | null;

/** Agencies by country and kind; platform administrators create and edit, agency administrators set their 2FA rule. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const names = useNames();
  const canManage = useCan('agencies.manage');
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const [kind, setKind] = useState<AgencyKind | null>(null);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const agencies = useAgencies({ countryCode, kind });
  const countries = useCountries();
  const organisations = useOrganisations();

  const countryOptions = useMemo(
    () =>
      (countries.data ?? [])
        .map((country) => ({ value: country.code, label: `${names.country(country)} (${country.code})` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [countries.data, names],
  );
  const kindOptions = AGENCY_KINDS.map((value) => ({ value, label: t(`agencyKinds.${value}`) }));

  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const items = agencies.data ?? [];
    if (!needle) {
      return items;
    }
    return items.filter((agency) =>
      [agency.code, agency.name, agency.nameRu].some((value) => value.toLowerCase().includes(needle)),
    );
  }, [agencies.data, search]);

  return (
    <>
      <PageHeader
        section={t('nav.sectionAdmin')}
        title={t('agencies.title')}
        description={t('agencies.description')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ mode: 'create' })}
              data-testid="agency-create"
            >
              {t('agencies.create')}
            </Button>
          )
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <Select
          label={t('agencies.country')}
          placeholder={t('common.all')}
          data={countryOptions}
          value={countryCode}
          onChange={setCountryCode}
          searchable
          clearable
          w={260}
          size="xs"
          data-testid="agency-filter-country"
        />
        <Select
          label={t('agencies.kind')}
          placeholder={t('common.all')}
          data={kindOptions}
          value={kind}
          onChange={(value) => setKind(AGENCY_KINDS.find((candidate) => candidate === value) ?? null)}
          clearable
          w={240}
          size="xs"
          data-testid="agency-filter-kind"
        />
        <TextInput
          label={t('common.search')}
          placeholder={t('agencies.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={14} />}
          w={240}
          size="xs"
        />
      </Group>
      <AgencyTable
        agencies={visible}
        countries={countries.data ?? []}
        organisations={organisations.data ?? []}
        isLoading={agencies.isPending}
        error={agencies.error}
        onEdit={canManage ? (agency) => setEditing({ mode: 'edit', agency }) : undefined}
      />
      {editing && (
        <AgencyFormModal
          agency={editing.mode === 'edit' ? editing.agency : null}
          countries={countries.data ?? []}
          organisations={organisations.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
