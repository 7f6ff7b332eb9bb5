import { useMemo } from 'react';
import { MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import { useNames } from '../../i18n/names';
import { CountrySelect } from './CountrySelect';
import type { SectionProps } from './formSections';
import { PartialDateInput } from './PartialDateInput';
import { useVocabulary } from './vocabulary';

/** Reference, date and time, seizing agency, operation reference, transport and concealment. */
export function ReportFields(props: SectionProps) {
  const { form, set, error } = props;
  const { t } = useTranslation();
  const names = useNames();
  const vocab = useVocabulary();
  const agencies = useAgencies();
  const agencyOptions = useMemo(
    () =>
      (agencies.data ?? []).map((agency) => ({
        value: agency.id,
        label: `${agency.code} — ${names.of(agency)}`,
      })),
    [agencies.data, names],
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <TextInput
          label={t('seizures.fields.reference')}
          description={t('seizures.fields.referenceHint')}
          value={form.reference}
          onChange={(event) => set({ reference: event.currentTarget.value })}
          error={error('reference')}
          required
          data-testid="seizure-reference"
        />
        <PartialDateInput {...props} />
        <TextInput
          label={t('seizures.fields.time')}
          description={t('seizures.fields.timeHint')}
          type="time"
          value={form.time}
          onChange={(event) => set({ time: event.currentTarget.value })}
          error={error('occurredTime')}
          data-testid="seizure-time"
        />
        <Select
          label={t('seizures.fields.seizingAgency')}
          data={agencyOptions}
          value={form.seizingAgencyId}
          onChange={(value) => set({ seizingAgencyId: value })}
          error={error('seizingAgencyId')}
          searchable
          nothingFoundMessage={t('common.noData')}
          data-testid="seizure-seizing-agency"
        />
        <Select
          label={t('seizures.fields.transportMode')}
          data={vocab.options('transport')}
          value={form.transportMode}
          onChange={(value) => set({ transportMode: value })}
          error={error('transportMode')}
          clearable
          data-testid="seizure-transport"
        />
        <TextInput
          label={t('seizures.fields.operationReference')}
          value={form.operationReference}
          onChange={(event) => set({ operationReference: event.currentTarget.value })}
          error={error('operationReference')}
          data-testid="seizure-operation"
        />
      </SimpleGrid>
      <MultiSelect
        label={t('seizures.fields.concealment')}
        data={vocab.options('concealment')}
        value={form.concealment}
        onChange={(value) => set({ concealment: value })}
        error={error('concealment')}
        searchable
        clearable
        hidePickedOptions
        data-testid="seizure-concealment"
      />
    </Stack>
  );
}

/** Country, region, locality, kind of place, border crossing point and coordinates. */
export function PlaceFields({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      <CountrySelect
        label={t('seizures.fields.country')}
        value={form.country}
        onChange={(value) => set({ country: value })}
        error={error('country')}
        required
        data-testid="seizure-country"
      />
      <TextInput
        label={t('seizures.fields.region')}
        value={form.region}
        onChange={(event) => set({ region: event.currentTarget.value })}
        error={error('region')}
        data-testid="seizure-region"
      />
      <TextInput
        label={t('seizures.fields.locality')}
        value={form.locality}
        onChange={(event) => set({ locality: event.currentTarget.value })}
        error={error('locality')}
        data-testid="seizure-locality"
      />
      <Select
        label={t('seizures.fields.placeKind')}
        data={vocab.options('place_kinds')}
        value={form.placeKind}
        onChange={(value) => set({ placeKind: value })}
        error={error('placeKind')}
        clearable
        data-testid="seizure-place-kind"
      />
      <TextInput
        label={t('seizures.fields.borderCrossing')}
        value={form.borderCrossing}
        onChange={(event) => set({ borderCrossing: event.currentTarget.value })}
        error={error('borderCrossing')}
        data-testid="seizure-border-crossing"
      />
      <SimpleGrid cols={2} spacing="xs">
        <TextInput
          label={t('seizures.fields.latitude')}
          placeholder="43.2389"
          inputMode="decimal"
          value={form.latitude}
          onChange={(event) => set({ latitude: event.currentTarget.value })}
          error={error('latitude')}
          data-testid="seizure-latitude"
        />
        <TextInput
          label={t('seizures.fields.longitude')}
          placeholder="76.8897"
          inputMode="decimal"
          value={form.longitude}
          onChange={(event) => set({ longitude: event.currentTarget.value })}
          error={error('longitude')}
          data-testid="seizure-longitude"
        />
      </SimpleGrid>
    </SimpleGrid>
  );
}

/** The narrative of the seizure. */
export function NarrativeField({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('seizures.fields.narrative')}
      description={t('seizures.fields.narrativeHint')}
      value={form.narrative}
      onChange={(event) => set({ narrative: event.currentTarget.value })}
      error={error('narrative')}
      autosize
      minRows={3}
      maxRows={12}
      data-testid="seizure-narrative"
    />
  );
}
