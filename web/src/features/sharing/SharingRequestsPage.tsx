import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  SHARING_REQUEST_STATUSES,
  useSharingRequests,
  type SharingAction,
  type SharingBox,
  type SharingRequestStatus,
  type SharingRequestView,
} from '../../api/sharing';
import { DataTable, Th } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../i18n/format';
import { SharingDecisionModal } from './SharingDecisionModal';

const STATUS_COLOURS: Record<SharingRequestStatus, string> = {
  pending: 'orange',
  approved: 'teal',
  refused: 'red',
  withdrawn: 'gray',
};

function isBox(value: string | null): value is SharingBox {
  return value === 'incoming' || value === 'outgoing';
}

function isStatus(value: string | null): value is SharingRequestStatus {
  return (SHARING_REQUEST_STATUSES as readonly (string | null)[]).includes(value);
}

/** Requests for onward sharing and export: those to decide (incoming) and those sent (outgoing). */
export function SharingRequestsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const rawBox = params.get('box');
  const box: SharingBox = isBox(rawBox) ? rawBox : 'incoming';
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : null;
  const requests = useSharingRequests({ box, status });
  const [acting, setActing] = useState<{ request: SharingRequestView; action: SharingAction } | null>(null);

  const setFilter = (next: { box?: SharingBox; status?: SharingRequestStatus | null }) => {
    const merged = { box, status, ...next };
    const query = new URLSearchParams({ box: merged.box });
    if (merged.status) {
      query.set('status', merged.status);
    }
    setParams(query, { replace: true });
  };

  const rows = (requests.data ?? []).map((r) => (
    <Table.Tr key={r.id} data-testid="sharing-row">
      <Table.Td>
        {format.dateTime(r.createdAt)}
        {r.requestedByUsername && (
          <Text size="xs" c="dimmed">
            {r.requestedByUsername}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          {r.record ? (
            <Text size="sm" fw={500} data-testid="sharing-record">
              {r.record.caption}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              {t('sharing.recordHidden')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t(`sharing.tables.${r.recordTable}`)}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color="navy" radius="sm" tt="none">
          {t(`sharing.kinds.${r.kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {box === 'incoming' ? r.requesterAgency.code : r.ownerAgency.code}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {r.targetAgency?.code ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" lineClamp={3}>
          {r.reason}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Badge color={STATUS_COLOURS[r.status]} variant="light" radius="sm" data-testid="sharing-status">
            {t(`sharing.statuses.${r.status}`)}
          </Badge>
          {r.decidedAt && (
            <Text size="xs" c="dimmed">
              {format.dateTime(r.decidedAt)}
            </Text>
          )}
          {r.decisionNote && (
            <Text size="xs" lineClamp={3}>
              {r.decisionNote}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          {r.canDecide && (
            <>
              <Button
                size="compact-xs"
                color="teal"
                onClick={() => setActing({ request: r, action: 'approve' })}
                data-testid="sharing-approve"
              >
                {t('sharing.approve')}
              </Button>
              <Button
                size="compact-xs"
                color="red"
                variant="light"
                onClick={() => setActing({ request: r, action: 'refuse' })}
                data-testid="sharing-refuse"
              >
                {t('sharing.refuse')}
              </Button>
            </>
          )}
          {r.canWithdraw && (
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => setActing({ request: r, action: 'withdraw' })}
              data-testid="sharing-withdraw"
            >
              {t('sharing.withdraw')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <>
      <PageHeader
        section={t('nav.sectionWork')}
        title={t('sharing.title')}
        description={t('sharing.description')}
      />
      <Tabs value={box} onChange={(value) => isBox(value) && setFilter({ box: value })} mb="md">
        <Tabs.List>
          <Tabs.Tab value="incoming" data-testid="sharing-tab-incoming">
            {t('sharing.incoming')}
          </Tabs.Tab>
          <Tabs.Tab value="outgoing" data-testid="sharing-tab-outgoing">
            {t('sharing.outgoing')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group mb="sm">
        <Select
          label={t('sharing.statusFilter')}
          placeholder={t('sharing.allStatuses')}
          data={SHARING_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`sharing.statuses.${s}`) }))}
          value={status}
          onChange={(value) => setFilter({ status: isStatus(value) ? value : null })}
          clearable
          w={220}
          data-testid="sharing-status-filter"
        />
      </Group>
      <DataTable
        head={
          <>
            <Th width={150}>{t('sharing.columns.created')}</Th>
            <Th minWidth={180}>{t('sharing.columns.record')}</Th>
            <Th minWidth={110}>{t('sharing.columns.kind')}</Th>
            <Th>{box === 'incoming' ? t('sharing.columns.requester') : t('sharing.columns.owner')}</Th>
            <Th>{t('sharing.columns.target')}</Th>
            <Th minWidth={200}>{t('sharing.columns.reason')}</Th>
            <Th minWidth={170}>{t('sharing.columns.status')}</Th>
            <Th>{t('sharing.columns.actions')}</Th>
          </>
        }
        isLoading={requests.isPending}
        error={requests.error}
        isEmpty={requests.data?.length === 0}
        emptyText={box === 'incoming' ? t('sharing.emptyIncoming') : t('sharing.emptyOutgoing')}
        minWidth={1000}
        testId="sharing-table"
      >
        {rows}
      </DataTable>
      {acting && (
        <SharingDecisionModal
          request={acting.request}
          action={acting.action}
          onClose={() => setActing(null)}
        />
      )}
    </>
  );
}
