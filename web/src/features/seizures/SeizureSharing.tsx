import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import type { RecordSharing } from '../../api/records';
import { DetailList } from '../../components/DetailList';
import { useNames } from '../../i18n/names';
import { DistributionBadge, HandlingBadge } from '../records/RecordBadges';

/** The sharing settings of a report: who may see it, what recipients may do, how reliable it is. */
export function SeizureSharing({ sharing }: { sharing: RecordSharing }) {
  const { t } = useTranslation();
  const names = useNames();
  const agencies = useAgencies();
  const agencyLabel = (id: string) => {
    const agency = (agencies.data ?? []).find((item) => item.id === id);
    return agency ? `${agency.code} — ${names.of(agency)}` : id;
  };
  return (
    <DetailList
      items={[
        {
          label: t('records.distribution'),
          value: <DistributionBadge distribution={sharing.distribution} />,
        },
        ...(sharing.distribution === 'named_agencies'
          ? [
              {
                label: t('records.distributionAgencies'),
                value: (
                  <Stack gap={2}>
                    {sharing.distributionAgencies.map((id) => (
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
              <HandlingBadge code={sharing.handlingCode} />
              <Text size="sm">{t(`records.handling.${sharing.handlingCode}`)}</Text>
            </Group>
          ),
        },
        ...(sharing.handlingRestriction
          ? [{ label: t('records.handlingRestriction'), value: sharing.handlingRestriction }]
          : []),
        {
          label: t('records.evaluation'),
          value: sharing.evaluation ? (
            <Stack gap={0}>
              <Text size="sm">{t(`records.sourceEvaluation.${sharing.evaluation.source}`)}</Text>
              <Text size="sm">{t(`records.informationEvaluation.${sharing.evaluation.information}`)}</Text>
            </Stack>
          ) : (
            t('records.notEvaluated')
          ),
        },
        {
          label: t('records.statisticsOnly'),
          value: sharing.statisticsOnly ? t('records.yes') : t('records.no'),
        },
      ]}
    />
  );
}
