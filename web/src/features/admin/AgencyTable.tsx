import { Fragment, useMemo } from 'react';
import { ActionIcon, Badge, Group, Switch, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUpdateAgency } from '../../api/agencies';
import { useCan, useCurrentSession } from '../../api/session';
import type { Agency, Country, Organisation } from '../../api/types';
import { DataTable, Th } from '../../components/DataTable';
import { useErrorText } from '../../components/errors';
import { useFormatters } from '../../i18n/format';
import { useNames } from '../../i18n/names';

interface AgencyTableProps {
  agencies: Agency[];
  countries: Country[];
  organisations: Organisation[];
  isLoading: boolean;
  error: unknown;
  onEdit?: (agency: Agency) => void;
}

interface AgencyGroup {
  key: string;
  label: string;
  status: Country['status'];
  items: Agency[];
}

const COLUMNS = 7;

function RequireTotpCell({ agency, editable }: { agency: Agency; editable: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateAgency();
  const errorText = useErrorText();
  if (!editable) {
    return agency.requireTotp ? (
      <Badge size="sm" variant="light" color="teal" radius="sm">
        {t('agencies.totpRequired')}
      </Badge>
    ) : (
      <Text size="xs" c="dimmed">
        {t('agencies.totpOptional')}
      </Text>
    );
  }
  return (
    <Switch
      size="sm"
      checked={agency.requireTotp}
      disabled={update.isPending}
      label={agency.requireTotp ? t('agencies.totpRequired') : t('agencies.totpOptional')}
      data-testid="agency-require-totp"
      onChange={(event) =>
        update.mutate(
          { id: agency.id, patch: { requireTotp: event.currentTarget.checked } },
          {
            onSuccess: () => notifications.show({ color: 'teal', message: t('agencies.saved') }),
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: t('agencies.saveFailed'),
                message: errorText(error),
              }),
          },
        )
      }
    />
  );
}

/** Agencies grouped by country (then organisation), with kind, second-factor rule and state. */
export function AgencyTable({
  agencies,
  countries,
  organisations,
  isLoading,
  error,
  onEdit,
}: AgencyTableProps) {
  const { t } = useTranslation();
  const names = useNames();
  const format = useFormatters();
  const session = useCurrentSession();
  const canSetOwn = useCan('agency.settings');

  const groups = useMemo(() => {
    const byKey = new Map<string, AgencyGroup>();
    for (const agency of agencies) {
      const country = countries.find((candidate) => candidate.code === agency.countryCode);
      const organisation = organisations.find((candidate) => candidate.id === agency.organisationId);
      const key = agency.countryCode ?? (agency.organisationId ? `org:${agency.organisationId}` : 'none');
      const label = agency.countryCode
        ? names.country(country, agency.countryCode)
        : organisation
          ? names.of(organisation)
          : (agency.organisationCode ?? t('agencies.international'));
      const group = byKey.get(key) ?? { key, label, status: country?.status ?? null, items: [] };
      group.items.push(agency);
      byKey.set(key, group);
    }
    return [...byKey.values()].sort((a, b) => a.label.localeCompare(b.label));
  }, [agencies, countries, organisations, names, t]);

  const head = (
    <>
      <Th width={120}>{t('agencies.code')}</Th>
      <Th>{t('agencies.name')}</Th>
      <Th width={190}>{t('agencies.kind')}</Th>
      <Th width={180}>{t('agencies.requireTotp')}</Th>
      <Th width={150}>{t('common.status')}</Th>
      <Th width={140}>{t('common.created')}</Th>
      <Th width={48} />
    </>
  );

  return (
    <DataTable
      head={head}
      isLoading={isLoading}
      error={error}
      isEmpty={agencies.length === 0}
      emptyText={t('agencies.empty')}
      testId="agency-table"
    >
      {groups.map((group) => (
        <Fragment key={group.key}>
          <Table.Tr className="nr-group-row">
            <Table.Td colSpan={COLUMNS}>
              <Group gap="xs">
                <Text size="xs" fw={700} tt="uppercase" lts={0.4}>
                  {group.label}
                </Text>
                {group.status && (
                  <Badge
                    size="xs"
                    variant="outline"
                    color={group.status === 'member' ? 'navy' : 'gray'}
                    radius="sm"
                  >
                    {t(`countryStatus.${group.status}`)}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {format.number(group.items.length)}
                </Text>
              </Group>
            </Table.Td>
          </Table.Tr>
          {group.items.map((agency) => (
            <Table.Tr key={agency.id} data-testid="agency-row" opacity={agency.active ? 1 : 0.6}>
              <Table.Td ff="monospace" fz="xs" fw={600}>
                {agency.code}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lh={1.3}>
                  {names.of(agency)}
                </Text>
                <Text size="xs" c="dimmed" lh={1.3}>
                  {names.of(agency) === agency.name ? agency.nameRu : agency.name}
                </Text>
              </Table.Td>
              <Table.Td>{t(`agencyKinds.${agency.kind}`)}</Table.Td>
              <Table.Td>
                <RequireTotpCell
                  agency={agency}
                  editable={Boolean(onEdit) || (canSetOwn && agency.id === session.agency.id)}
                />
              </Table.Td>
              <Table.Td>
                <Badge size="sm" radius="sm" variant="dot" color={agency.active ? 'teal' : 'gray'}>
                  {agency.active ? t('common.active') : t('common.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {format.date(agency.createdAt)}
              </Table.Td>
              <Table.Td>
                {onEdit && (
                  <Tooltip label={t('common.edit')} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => onEdit(agency)}
                      aria-label={t('common.edit')}
                      data-testid="agency-edit"
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Fragment>
      ))}
    </DataTable>
  );
}
