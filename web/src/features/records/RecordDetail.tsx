import { useState } from 'react';
import {
  Badge,
  Button,
  Center,
  Drawer,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import { isApiError } from '../../api/client';
import { DISTRIBUTIONS, useRecord, useRecordHistory, type RecordView } from '../../api/records';
import { useCan, useCurrentSession } from '../../api/session';
import type { Agency } from '../../api/types';
import { DetailList } from '../../components/DetailList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatters } from '../../i18n/format';
import { useNames } from '../../i18n/names';
import { DistributionBadge, HandlingBadge } from './RecordBadges';
import { RecordFormModal } from './RecordFormModal';
import { RequestSharingButton } from '../sharing/RequestSharingButton';
import { historyField } from './recordFields';

/**
 * `t` for keys built at run time (checked with `exists` first). The typed `t` of the whole catalogue
 * is too deep for the compiler to instantiate with a computed key.
 */
type Translate = (key: string) => string;

/** Label of a FollowTheMoney property: the catalogue's when known, else its name. */
function propertyLabel(t: Translate, exists: (key: string) => boolean, name: string): string {
  const key = `records.props.${name}`;
  return exists(key) ? t(key) : name;
}

/** Label of a sharing field (canonical camelCase name). */
function sharingLabel(t: Translate, exists: (key: string) => boolean, name: string): string {
  const key = `records.${name}`;
  return exists(key) ? t(key) : name;
}

/** The side panel of one record: properties, sharing, owner and version, with its history. */
export function RecordDetail({ recordId, onClose }: { recordId: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const dynamicT = t as unknown as Translate;
  const format = useFormatters();
  const names = useNames();
  const session = useCurrentSession();
  const canWrite = useCan('records.write');
  const [tab, setTab] = useState<string | null>('details');
  const [editing, setEditing] = useState(false);
  const record = useRecord(recordId);
  const history = useRecordHistory(recordId, tab === 'history');
  const agencies = useAgencies();
  const agencyById = new Map<string, Agency>((agencies.data ?? []).map((agency) => [agency.id, agency]));
  const agencyLabel = (id: string) => {
    const agency = agencyById.get(id);
    return agency ? `${agency.code} — ${names.of(agency)}` : id;
  };
  const data = record.data;

  /** A history value in words: codes of the sharing block translated, lists joined. */
  const valueText = (name: string, value: unknown): string => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
      return '—';
    }
    if (name === 'distribution' && (DISTRIBUTIONS as readonly unknown[]).includes(value)) {
      return t(`records.distributions.${value as (typeof DISTRIBUTIONS)[number]}`);
    }
    if (name === 'distributionAgencies' && Array.isArray(value)) {
      return value.map((id) => agencyLabel(String(id))).join(', ');
    }
    if (typeof value === 'boolean') {
      return value ? t('records.yes') : t('records.no');
    }
    if (Array.isArray(value)) {
      return value.map(String).join(', ');
    }
    if (typeof value === 'object') {
      const evaluation = value as { source?: unknown; information?: unknown };
      if (typeof evaluation.source === 'string' && typeof evaluation.information === 'number') {
        return `${evaluation.source}${evaluation.information}`;
      }
      return JSON.stringify(value);
    }
    if (typeof value === 'number') {
      return format.number(value);
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  };

  const sharingItems = (view: RecordView) => [
    {
      label: t('records.distribution'),
      value: <DistributionBadge distribution={view.sharing.distribution} />,
    },
    ...(view.sharing.distribution === 'named_agencies'
      ? [
          {
            label: t('records.distributionAgencies'),
            value: (
              <Stack gap={2}>
                {view.sharing.distributionAgencies.map((id) => (
                  <Text key={id} size="sm">
                    {agencyLabel(id)}
                  </Text>
                ))}
              </Stack>
            ),
          },
        ]
      : []),
    {
      label: t('records.handlingCode'),
      value: (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <HandlingBadge code={view.sharing.handlingCode} />
          <Text size="sm">{t(`records.handling.${view.sharing.handlingCode}`)}</Text>
        </Group>
      ),
    },
    ...(view.sharing.handlingRestriction
      ? [{ label: t('records.handlingRestriction'), value: view.sharing.handlingRestriction }]
      : []),
    {
      label: t('records.evaluation'),
      value: view.sharing.evaluation ? (
        <Stack gap={0}>
          <Text size="sm">{t(`records.sourceEvaluation.${view.sharing.evaluation.source}`)}</Text>
          <Text size="sm">{t(`records.informationEvaluation.${view.sharing.evaluation.information}`)}</Text>
        </Stack>
      ) : (
        t('records.notEvaluated')
      ),
    },
    {
      label: t('records.statisticsOnly'),
      value: view.sharing.statisticsOnly ? t('records.yes') : t('records.no'),
    },
  ];

  const propertyEntries = data ? Object.entries(data.properties) : [];
  const notShared = isApiError(record.error, 'NOT_FOUND');

  return (
    <Drawer
      opened={recordId !== null}
      onClose={onClose}
      position="right"
      size={620}
      title={t('records.detailTitle')}
      data-testid="record-drawer"
    >
      {record.isPending && recordId !== null && (
        <Center py="xl">
          <Loader size="sm" color="navy" />
        </Center>
      )}
      <ErrorAlert error={record.error} message={notShared ? t('records.notShared') : null} />
      {data && (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Title order={3} fz={18} fw={600} data-testid="record-caption">
                {data.caption}
              </Title>
              <Group gap={6}>
                <Badge variant="light" color="navy" size="sm" radius="sm" tt="none">
                  {t(`records.schemata.${data.schema}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('records.versionN', { version: data.version })}
                </Text>
              </Group>
            </Stack>
            <RequestSharingButton
              recordTable="records"
              recordId={data.id}
              ownerAgencyId={data.ownerAgencyId}
              handlingCode={data.sharing.handlingCode}
            />
            {canWrite && data.ownerAgencyId === session.agency.id && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconEdit size={14} />}
                onClick={() => setEditing(true)}
                data-testid="record-edit"
              >
                {t('records.edit')}
              </Button>
            )}
          </Group>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="details" data-testid="record-details-tab">
                {t('records.tabDetails')}
              </Tabs.Tab>
              <Tabs.Tab value="history" data-testid="record-history">
                {t('records.tabHistory')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="details" pt="md">
              <Stack gap="md">
                <Text size="xs" fw={600} tt="uppercase" c="dimmed">
                  {t('records.propertiesSection')}
                </Text>
                {propertyEntries.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('records.noProperties')}
                  </Text>
                ) : (
                  <DetailList
                    items={propertyEntries.map(([name, values]) => ({
                      label: propertyLabel(dynamicT, exists, name),
                      value: <span data-testid={`record-value-${name}`}>{values.join(', ')}</span>,
                    }))}
                  />
                )}
                <Text size="xs" fw={600} tt="uppercase" c="dimmed">
                  {t('records.sharingSection')}
                </Text>
                <DetailList items={sharingItems(data)} />
                <DetailList
                  items={[
                    { label: t('records.owner'), value: agencyLabel(data.ownerAgencyId) },
                    { label: t('records.version'), value: format.number(data.version) },
                    { label: t('records.createdBy'), value: format.dateTime(data.createdAt) },
                    { label: t('records.updated'), value: format.dateTime(data.updatedAt) },
                    ...(data.source ? [{ label: t('records.source'), value: data.source }] : []),
                    ...(data.externalId ? [{ label: t('records.externalId'), value: data.externalId }] : []),
                    {
                      label: t('common.id'),
                      value: (
                        <Text size="xs" ff="monospace" data-testid="record-id">
                          {data.id}
                        </Text>
                      ),
                    },
                  ]}
                />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="history" pt="md">
              {history.isPending && (
                <Center py="xl">
                  <Loader size="sm" color="navy" />
                </Center>
              )}
              <ErrorAlert error={history.error} />
              {history.data && history.data.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('records.historyEmpty')}
                </Text>
              )}
              <Stack gap="sm">
                {history.data?.map((version) => {
                  // An empty list and an absent value read the same: such a change says nothing.
                  const changes = Object.entries(version.changes).filter(([field, [before, after]]) => {
                    const { name } = historyField(field);
                    return valueText(name, before) !== valueText(name, after);
                  });
                  return (
                    <Paper key={version.version} withBorder radius="md" p="sm" data-testid="record-version">
                      <Group justify="space-between" mb={6}>
                        <Text size="sm" fw={600}>
                          {t('records.versionN', { version: version.version })}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {version.changedByUsername ?? t('records.unknownUser')} ·{' '}
                          {format.dateTime(version.changedAt)}
                        </Text>
                      </Group>
                      {changes.length === 0 ? (
                        <Text size="xs" c="dimmed">
                          {t('records.noChanges')}
                        </Text>
                      ) : (
                        <Table fz="xs" verticalSpacing={4} withRowBorders>
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th w="34%">{t('records.field')}</Table.Th>
                              <Table.Th>{t('records.before')}</Table.Th>
                              <Table.Th>{t('records.after')}</Table.Th>
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {changes.map(([field, [before, after]]) => {
                              const { group, name } = historyField(field);
                              const label =
                                group === 'properties'
                                  ? propertyLabel(dynamicT, exists, name)
                                  : group === 'sharing'
                                    ? sharingLabel(dynamicT, exists, name)
                                    : name;
                              return (
                                <Table.Tr key={field} data-testid="record-change">
                                  <Table.Td>{label}</Table.Td>
                                  <Table.Td c="dimmed">{valueText(name, before)}</Table.Td>
                                  <Table.Td>{valueText(name, after)}</Table.Td>
                                </Table.Tr>
                              );
                            })}
                          </Table.Tbody>
                        </Table>
                      )}
                    </Paper>
                  );
                })}
              </Stack>
            </Tabs.Panel>
          </Tabs>
          {editing && <RecordFormModal key={data.id} record={data} onClose={() => setEditing(false)} />}
        </Stack>
      )}
    </Drawer>
  );
}
