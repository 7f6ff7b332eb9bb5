import { useState } from 'react';
import { Center, Group, Loader, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSeizureHistory } from '../../api/seizures';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatters } from '../../i18n/format';
import { diffVersions } from './historyDiff';
import { useHistoryText } from './historyText';

/** Every version of the report (who, when, which fields), and a field-by-field comparison of any two. */
export function SeizureHistory({ seizureId }: { seizureId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useHistoryText();
  const history = useSeizureHistory(seizureId);
  const [picked, setPicked] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });

  if (history.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" color="navy" />
      </Center>
    );
  }
  if (!history.data) {
    return <ErrorAlert error={history.error} />;
  }
  const versions = [...history.data].sort((a, b) => b.version - a.version);
  const latest = versions[0]?.version ?? 1;
  const to = Number(picked.to ?? latest);
  // By default the chosen version is compared with the one recorded before it.
  const from = Number(picked.from ?? versions.find((entry) => entry.version < to)?.version ?? 0);
  const options = [
    { value: '0', label: t('seizures.history.nothing') },
    ...versions.map((entry) => ({
      value: String(entry.version),
      label: t('records.versionN', { version: entry.version }),
    })),
  ];
  const diffs = diffVersions(history.data, from, to);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm" data-testid="seizure-diff">
        <Group gap="sm" align="flex-end" mb="sm">
          <Select
            size="xs"
            label={t('seizures.history.compare')}
            data={options}
            value={String(from)}
            onChange={(value) => setPicked((current) => ({ ...current, from: value }))}
            allowDeselect={false}
            w={170}
            data-testid="seizure-diff-from"
          />
          <Select
            size="xs"
            label={t('seizures.history.with')}
            data={options.slice(1)}
            value={String(to)}
            onChange={(value) => setPicked((current) => ({ ...current, to: value }))}
            allowDeselect={false}
            w={170}
            data-testid="seizure-diff-to"
          />
        </Group>
        {diffs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('seizures.history.same')}
          </Text>
        ) : (
          <Table fz="xs" verticalSpacing={4} withRowBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="24%">{t('records.field')}</Table.Th>
                <Table.Th>{t('records.versionN', { version: from })}</Table.Th>
                <Table.Th>{t('records.versionN', { version: to })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {diffs.map((diff) => (
                <Table.Tr key={diff.field} data-testid="seizure-diff-row">
                  <Table.Td fw={500}>{text.label(diff.field)}</Table.Td>
                  <Table.Td c="dimmed">{text.value(diff.field, diff.before)}</Table.Td>
                  <Table.Td>{text.value(diff.field, diff.after)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Stack gap={6}>
        {versions.map((entry) => (
          <Paper key={entry.version} withBorder radius="md" px="sm" py={6} data-testid="seizure-version">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600}>
                {t('records.versionN', { version: entry.version })}
              </Text>
              <Text size="xs" c="dimmed">
                {entry.changedByUsername ?? t('records.unknownUser')} · {format.dateTime(entry.changedAt)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {Object.keys(entry.changes).map(text.label).join(', ') || t('records.noChanges')}
            </Text>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
