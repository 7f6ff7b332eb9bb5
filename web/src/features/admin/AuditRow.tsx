import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Code, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditOutcome } from '../../api/types';
import { DetailList } from '../../components/DetailList';
import { useFormatters } from '../../i18n/format';

const OUTCOME_COLOR: Record<AuditOutcome, string> = { success: 'teal', failure: 'orange', denied: 'red' };
const COLUMNS = 8;

/** One audit entry and, when expanded, its identifiers and details. */
export function AuditRow({ entry, onActor }: { entry: AuditEntry; onActor: (actorId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [open, setOpen] = useState(false);
  const toggle = () => setOpen((value) => !value);

  return (
    <>
      <Table.Tr
        data-testid="audit-row"
        className="nr-audit-row"
        onClick={toggle}
        style={{ cursor: 'pointer' }}
      >
        <Table.Td>
          <ActionIcon
            size="xs"
            variant="subtle"
            color="gray"
            aria-label={open ? t('common.collapse') : t('common.expand')}
            aria-expanded={open}
          >
            {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          </ActionIcon>
        </Table.Td>
        <Table.Td ta="right" ff="monospace" fz="xs" c="dimmed">
          {entry.seq}
        </Table.Td>
        <Table.Td fz="xs" style={{ whiteSpace: 'nowrap' }}>
          {format.timestamp(entry.at)}
        </Table.Td>
        <Table.Td fz="xs" style={{ whiteSpace: 'nowrap' }}>
          {entry.actorId ? (
            <Anchor
              component="button"
              type="button"
              size="xs"
              ff="monospace"
              onClick={(event) => {
                event.stopPropagation();
                if (entry.actorId) {
                  onActor(entry.actorId);
                }
              }}
              title={t('audit.filterByActor')}
            >
              {entry.actorUsername ?? entry.actorId}
            </Anchor>
          ) : (
            <Text size="xs" c="dimmed" span>
              {t('audit.system')}
            </Text>
          )}
          {entry.actorAgencyCode && (
            <Text size="xs" c="dimmed" span>
              {' '}
              · {entry.actorAgencyCode}
            </Text>
          )}
        </Table.Td>
        <Table.Td ff="monospace" fz="xs" fw={600}>
          {entry.action}
        </Table.Td>
        <Table.Td
          ff="monospace"
          fz="xs"
          style={{ maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          title={entry.objectId ?? undefined}
        >
          {entry.objectType ? `${entry.objectType}${entry.objectId ? ` · ${entry.objectId}` : ''}` : '—'}
        </Table.Td>
        <Table.Td>
          <Badge
            size="sm"
            radius="sm"
            tt="none"
            variant="light"
            color={OUTCOME_COLOR[entry.outcome]}
            data-outcome={entry.outcome}
          >
            {t(`audit.outcomes.${entry.outcome}`)}
          </Badge>
        </Table.Td>
        <Table.Td ff="monospace" fz="xs">
          {entry.ip ?? '—'}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr data-testid="audit-details" className="nr-audit-details">
          <Table.Td colSpan={COLUMNS}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" py={4}>
              <DetailList
                items={[
                  { label: t('audit.actorId'), value: <Code>{entry.actorId ?? '—'}</Code> },
                  { label: t('audit.agencyId'), value: <Code>{entry.actorAgencyId ?? '—'}</Code> },
                  { label: t('audit.objectType'), value: <Code>{entry.objectType ?? '—'}</Code> },
                  { label: t('audit.objectId'), value: <Code>{entry.objectId ?? '—'}</Code> },
                  { label: t('audit.requestId'), value: <Code>{entry.requestId ?? '—'}</Code> },
                ]}
              />
              <Stack gap={4}>
                <Text size="xs" c="dimmed" fw={500}>
                  {t('audit.details')}
                </Text>
                {entry.details ? (
                  <Code block className="nr-json">
                    {JSON.stringify(entry.details, null, 2)}
                  </Code>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('audit.noDetails')}
                  </Text>
                )}
              </Stack>
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
