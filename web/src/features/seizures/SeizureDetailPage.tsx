import type { ReactNode } from 'react';
import { Badge, Button, Center, Grid, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useSeizure, type SeizureView } from '../../api/seizures';
import { useCan, useCurrentSession } from '../../api/session';
import { DetailList } from '../../components/DetailList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatters } from '../../i18n/format';
import { RequestSharingButton } from '../sharing/RequestSharingButton';
import { useCountryName } from './CountrySelect';
import { SeizureHistory } from './SeizureHistory';
import { DrugLinesTable, PartiesList, RouteChain } from './SeizureParts';
import { SeizureSharing } from './SeizureSharing';
import { useSeizureFormat } from './seizureFormat';
import { useVocabulary } from './vocabulary';

function Card({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb="xs">
        {title}
      </Text>
      {children}
    </Paper>
  );
}

/** The header facts of a report: when, where, who seized it, how it travelled and was hidden. */
function Facts({ seizure }: { seizure: SeizureView }) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const format = useSeizureFormat();
  const dates = useFormatters();
  const countryName = useCountryName();
  const when = format.reportedDate(seizure.occurredOn, seizure.datePrecision);
  const coordinates =
    seizure.latitude !== null && seizure.longitude !== null
      ? `${seizure.latitude}, ${seizure.longitude}`
      : null;
  const optional = (label: string, value: string | null | undefined) => (value ? [{ label, value }] : []);
  return (
    <DetailList
      items={[
        {
          label: t('seizures.fields.date'),
          value: seizure.occurredTime ? `${when}, ${seizure.occurredTime}` : when,
        },
        { label: t('seizures.fields.country'), value: countryName(seizure.country) },
        ...optional(t('seizures.fields.region'), seizure.region),
        ...optional(t('seizures.fields.locality'), seizure.locality),
        ...optional(
          t('seizures.fields.placeKind'),
          seizure.placeKind && vocab.label('place_kinds', seizure.placeKind),
        ),
        ...optional(t('seizures.fields.borderCrossing'), seizure.borderCrossing),
        ...optional(t('seizures.fields.coordinates'), coordinates),
        { label: t('seizures.fields.seizingAgency'), value: seizure.seizingAgencyCode },
        ...optional(
          t('seizures.fields.transportMode'),
          seizure.transportMode && vocab.label('transport', seizure.transportMode),
        ),
        ...optional(
          t('seizures.fields.concealment'),
          seizure.concealment.map((code) => vocab.label('concealment', code)).join(', '),
        ),
        ...optional(t('seizures.fields.operationReference'), seizure.operationReference),
        { label: t('records.owner'), value: seizure.ownerAgencyCode },
        { label: t('records.createdBy'), value: dates.dateTime(seizure.createdAt) },
        { label: t('records.updated'), value: dates.dateTime(seizure.updatedAt) },
        ...optional(t('records.source'), seizure.source),
        ...optional(t('records.externalId'), seizure.externalId),
      ]}
    />
  );
}

/** One seizure report (`/seizures/:seizureId`): facts, drug lines, route, parties, sharing and history. */
export function SeizureDetailPage() {
  const { t } = useTranslation();
  const { seizureId } = useParams();
  const session = useCurrentSession();
  const canWrite = useCan('records.write');
  const format = useSeizureFormat();
  const seizure = useSeizure(seizureId);

  if (seizure.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" color="navy" />
      </Center>
    );
  }
  if (!seizure.data) {
    return (
      <Stack gap="sm" data-testid="seizure-not-found">
        <ErrorAlert
          error={seizure.error}
          message={isApiError(seizure.error, 'NOT_FOUND') ? t('seizures.notShared') : null}
        />
        <Group>
          <Button component={Link} to="/seizures" variant="light" size="xs">
            {t('seizures.backToList')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const view = seizure.data;
  const own = view.ownerAgencyId === session.agency.id;

  return (
    <Stack gap="md" data-testid="seizure-detail">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={2}>
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" lts={0.6}>
            {t('seizures.title')}
          </Text>
          <Title order={2} fz={22} fw={600} data-testid="seizure-reference-title">
            {view.reference}
          </Title>
          <Group gap="xs">
            <Text size="sm" fw={600} data-testid="seizure-detail-total">
              {view.totalKg === null
                ? t('seizures.noTotal')
                : `${format.decimal(view.totalKg)} ${t('seizures.kg.unit')}`}
            </Text>
            {view.unconvertedLines > 0 && (
              <Badge size="sm" variant="light" color="orange" radius="sm" tt="none">
                {t('seizures.unconvertedHint', { count: view.unconvertedLines })}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {t('records.versionN', { version: view.version })}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {!own && view.sharing.handlingCode === 'H2' && (
            <RequestSharingButton
              recordTable="seizures"
              recordId={view.id}
              ownerAgencyId={view.ownerAgencyId}
              handlingCode={view.sharing.handlingCode}
            />
          )}
          {own && canWrite && (
            <Button
              component={Link}
              to={`/seizures/${encodeURIComponent(view.id)}/edit`}
              variant="default"
              leftSection={<IconEdit size={16} />}
              data-testid="seizure-edit"
            >
              {t('records.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs defaultValue="report" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="report" data-testid="seizure-tab-report">
            {t('seizures.detail.report')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="seizure-tab-history">
            {t('records.tabHistory')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="report" pt="md">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                <Card title={t('seizures.sections.drugs')}>
                  <DrugLinesTable seizure={view} />
                </Card>
                <Card title={t('seizures.sections.route')}>
                  <RouteChain seizure={view} />
                </Card>
                <Card title={t('seizures.sections.parties')}>
                  <PartiesList seizure={view} />
                </Card>
                {view.narrative && (
                  <Card title={t('seizures.sections.narrative')}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="seizure-narrative-text">
                      {view.narrative}
                    </Text>
                  </Card>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <Card title={t('seizures.detail.facts')} testId="seizure-facts">
                  <Facts seizure={view} />
                </Card>
                <Card title={t('records.sharingSection')} testId="seizure-sharing">
                  <SeizureSharing sharing={view.sharing} />
                </Card>
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <SeizureHistory seizureId={view.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
