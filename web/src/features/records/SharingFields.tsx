import { useMemo } from 'react';
import { MultiSelect, Select, SimpleGrid, Stack, Switch, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import {
  DISTRIBUTIONS,
  HANDLING_CODES,
  INFORMATION_EVALUATIONS,
  SOURCE_EVALUATIONS,
  type Distribution,
  type HandlingCode,
  type InformationEvaluation,
  type RecordSharing,
  type SharingInput,
  type SourceEvaluation,
} from '../../api/records';
import { useNames } from '../../i18n/names';

/** The sharing block as a form holds it (every input's raw value). */
export interface SharingState {
  distribution: Distribution;
  distributionAgencies: string[];
  handlingCode: HandlingCode;
  handlingRestriction: string;
  source: string | null;
  information: string | null;
  statisticsOnly: boolean;
}

/** Error field names of the sharing block, as the API names them. */
export const SHARING_ERROR_FIELDS = [
  'sharing.distribution',
  'sharing.distributionAgencies',
  'sharing.handlingCode',
  'sharing.handlingRestriction',
  'sharing.evaluation',
  'sharing.evaluation.source',
  'sharing.evaluation.information',
] as const;

/** The form state of a saved sharing block, or the narrowest default for a new record. */
export function sharingState(sharing?: RecordSharing): SharingState {
  return {
    distribution: sharing?.distribution ?? 'own_agency',
    distributionAgencies: sharing?.distributionAgencies ?? [],
    handlingCode: sharing?.handlingCode ?? 'H0',
    handlingRestriction: sharing?.handlingRestriction ?? '',
    source: sharing?.evaluation?.source ?? null,
    information: sharing?.evaluation ? String(sharing.evaluation.information) : null,
    statisticsOnly: sharing?.statisticsOnly ?? false,
  };
}

/** The sharing block the API accepts (agencies only for named agencies, restriction only for H3). */
export function sharingInput(state: SharingState): SharingInput {
  const sharing: SharingInput = {
    distribution: state.distribution,
    distributionAgencies: state.distribution === 'named_agencies' ? state.distributionAgencies : [],
    handlingCode: state.handlingCode,
    statisticsOnly: state.statisticsOnly,
  };
  if (state.handlingCode === 'H3' && state.handlingRestriction.trim()) {
    sharing.handlingRestriction = state.handlingRestriction.trim();
  }
  if (state.source && state.information) {
    sharing.evaluation = {
      source: state.source as SourceEvaluation,
      information: Number(state.information) as InformationEvaluation,
    };
  }
  return sharing;
}

interface SharingFieldsProps {
  value: SharingState;
  onChange: (next: SharingState) => void;
  /** Message for an error field (`sharing.distribution`…), if any. */
  error: (field: string) => string | undefined;
  /** Prefix of the inputs' `data-testid` (`record` gives `record-distribution`…). */
  testIdPrefix: string;
}

/** Distribution, named agencies, handling code with the H3 restriction, evaluation and statistics-only. */
export function SharingFields({ value, onChange, error, testIdPrefix }: SharingFieldsProps) {
  const { t } = useTranslation();
  const names = useNames();
  const agencies = useAgencies();
  const agencyOptions = useMemo(
    () =>
      (agencies.data ?? []).map((agency) => ({
        value: agency.id,
        label: `${agency.code} — ${names.of(agency)}`,
      })),
    [agencies.data, names],
  );
  const set = (patch: Partial<SharingState>) => onChange({ ...value, ...patch });
  const id = (name: string) => `${testIdPrefix}-${name}`;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('records.distribution')}
          description={t('records.distributionHint')}
          data={DISTRIBUTIONS.map((code) => ({ value: code, label: t(`records.distributions.${code}`) }))}
          value={value.distribution}
          onChange={(code) => code && set({ distribution: code })}
          error={error('sharing.distribution')}
          allowDeselect={false}
          required
          data-testid={id('distribution')}
        />
        <Select
          label={t('records.handlingCode')}
          description={t('records.handlingCodeHint')}
          data={HANDLING_CODES.map((code) => ({ value: code, label: t(`records.handling.${code}`) }))}
          value={value.handlingCode}
          onChange={(code) => code && set({ handlingCode: code })}
          error={error('sharing.handlingCode')}
          allowDeselect={false}
          required
          data-testid={id('handling')}
        />
      </SimpleGrid>
      {value.distribution === 'named_agencies' && (
        <MultiSelect
          label={t('records.distributionAgencies')}
          description={t('records.distributionAgenciesHint')}
          data={agencyOptions}
          value={value.distributionAgencies}
          onChange={(ids) => set({ distributionAgencies: ids })}
          error={error('sharing.distributionAgencies')}
          searchable
          required
          hidePickedOptions
          nothingFoundMessage={t('common.noData')}
          data-testid={id('agencies')}
        />
      )}
      {value.handlingCode === 'H3' && (
        <Textarea
          label={t('records.handlingRestriction')}
          description={t('records.handlingRestrictionHint')}
          value={value.handlingRestriction}
          onChange={(event) => set({ handlingRestriction: event.currentTarget.value })}
          error={error('sharing.handlingRestriction')}
          autosize
          minRows={2}
          required
          data-testid={id('restriction')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('records.evaluationSource')}
          data={SOURCE_EVALUATIONS.map((code) => ({
            value: code,
            label: t(`records.sourceEvaluation.${code}`),
          }))}
          value={value.source}
          onChange={(code) => set({ source: code })}
          error={error('sharing.evaluation.source') ?? error('sharing.evaluation')}
          placeholder={t('records.notEvaluated')}
          clearable
          data-testid={id('eval-source')}
        />
        <Select
          label={t('records.evaluationInformation')}
          data={INFORMATION_EVALUATIONS.map((code) => ({
            value: String(code),
            label: t(`records.informationEvaluation.${code}`),
          }))}
          value={value.information}
          onChange={(code) => set({ information: code })}
          error={error('sharing.evaluation.information')}
          placeholder={t('records.notEvaluated')}
          clearable
          data-testid={id('eval-information')}
        />
      </SimpleGrid>
      <Switch
        label={t('records.statisticsOnly')}
        description={t('records.statisticsOnlyHint')}
        checked={value.statisticsOnly}
        onChange={(event) => set({ statisticsOnly: event.currentTarget.checked })}
        data-testid={id('statistics-only')}
      />
    </Stack>
  );
}
