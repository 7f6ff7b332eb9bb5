import { useMemo, useState } from 'react';
import { Button, Group, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import { useCan, useCurrentSession } from '../../api/session';
import { useUsers } from '../../api/users';
import { PageHeader } from '../../components/PageHeader';
import { useNames } from '../../i18n/names';
import { UserCreateModal } from './UserCreateModal';
import { UserDrawer } from './UserDrawer';
import { UsersTable } from './UsersTable';

/** User accounts of the actor's agency (or any agency, for platform administrators). */
export function UsersPage() {
  const { t } = useTranslation();
  const names = useNames();
  const session = useCurrentSession();
  const allAgencies = useCan('agencies.manage');
  const [agencyId, setAgencyId] = useState<string | null>(allAgencies ? null : session.agency.id);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const agencies = useAgencies({}, allAgencies);
  const users = useUsers({ agencyId, q: query, includeDisabled });

  const agencyOptions = useMemo(
    () =>
      (agencies.data ?? [])
        .map((agency) => ({ value: agency.id, label: `${agency.code} — ${names.of(agency)}` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [agencies.data, names],
  );

  return (
    <>
      <PageHeader
        section={t('nav.sectionAdmin')}
        title={t('users.title')}
        description={
          allAgencies
            ? t('users.descriptionAll')
            : t('users.descriptionOwn', { agency: names.of(session.agency) })
        }
        actions={
          <Button
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="user-create"
          >
            {t('users.create')}
          </Button>
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        {allAgencies && (
          <Select
            label={t('users.agency')}
            placeholder={t('common.allAgencies')}
            data={agencyOptions}
            value={agencyId}
            onChange={setAgencyId}
            searchable
            clearable
            w={320}
            size="xs"
            data-testid="user-filter-agency"
          />
        )}
        <TextInput
          label={t('common.search')}
          placeholder={t('users.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={14} />}
          w={280}
          size="xs"
          data-testid="user-filter-q"
        />
        <Switch
          label={t('users.includeDisabled')}
          checked={includeDisabled}
          onChange={(event) => setIncludeDisabled(event.currentTarget.checked)}
          size="sm"
          mb={4}
          data-testid="user-filter-disabled"
        />
      </Group>
      <UsersTable
        users={users.data ?? []}
        isLoading={users.isPending}
        error={users.error}
        showAgency={allAgencies}
        onOpen={setSelectedId}
      />
      {creating && (
        <UserCreateModal
          defaultAgencyId={agencyId ?? session.agency.id}
          agencyOptions={allAgencies ? agencyOptions : null}
          onClose={() => setCreating(false)}
        />
      )}
      <UserDrawer userId={selectedId} onClose={() => setSelectedId(null)} />
    </>
  );
}
