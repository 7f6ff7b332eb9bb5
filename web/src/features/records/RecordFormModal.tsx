import { useMemo, useState, type FormEvent } from 'react';
import {
  Button,
  Divider,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import { isApiError } from '../../api/client';
import {
  DISTRIBUTIONS,
  HANDLING_CODES,
  INFORMATION_EVALUATIONS,
  RECORD_SCHEMATA,
  SOURCE_EVALUATIONS,
  useCreateRecord,
  useUpdateRecord,
  type Distribution,
  type HandlingCode,
  type InformationEvaluation,
  type RecordProperties,
  type RecordSchema,
  type RecordView,
  type SharingInput,
  type SourceEvaluation,
} from '../../api/records';
import { useCountries } from '../../api/reference';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { useNames } from '../../i18n/names';
import { FORM_SCHEMATA, fieldsOf, type PropertyField } from './recordFields';

interface RecordFormModalProps {
  /** The record to edit; a new record is created when absent. */
  record?: RecordView;
  onClose: () => void;
  /** Called with the saved record. */
  onSaved?: (record: RecordView) => void;
}

const SHARING_FIELDS = [
  'schema',
  'sharing.distribution',
  'sharing.distributionAgencies',
  'sharing.handlingCode',
  'sharing.handlingRestriction',
  'sharing.evaluation',
  'sharing.evaluation.source',
  'sharing.evaluation.information',
] as const;

function isSchema(value: string | null): value is RecordSchema {
  return value !== null && (RECORD_SCHEMATA as readonly string[]).includes(value);
}

function firstValues(properties: RecordProperties): Record<string, string> {
  return Object.fromEntries(Object.entries(properties).map(([key, values]) => [key, values[0] ?? '']));
}

/** New record (or an edit of one): schema, its common properties and the sharing block. */
export function RecordFormModal({ record, onClose, onSaved }: RecordFormModalProps) {
  const { t } = useTranslation();
  const names = useNames();
  const create = useCreateRecord();
  const update = useUpdateRecord();
  const mutation = record ? update : create;
  const agencies = useAgencies();
  const countries = useCountries();

  const [schema, setSchema] = useState<RecordSchema>(record?.schema ?? 'Person');
  const [values, setValues] = useState<Record<string, string>>(record ? firstValues(record.properties) : {});
  const [distribution, setDistribution] = useState<Distribution>(
    record?.sharing.distribution ?? 'own_agency',
  );
  const [distributionAgencies, setDistributionAgencies] = useState<string[]>(
    record?.sharing.distributionAgencies ?? [],
  );
  const [handlingCode, setHandlingCode] = useState<HandlingCode>(record?.sharing.handlingCode ?? 'H0');
  const [handlingRestriction, setHandlingRestriction] = useState(record?.sharing.handlingRestriction ?? '');
  const [source, setSource] = useState<string | null>(record?.sharing.evaluation?.source ?? null);
  const [information, setInformation] = useState<string | null>(
    record?.sharing.evaluation ? String(record.sharing.evaluation.information) : null,
  );
  const [statisticsOnly, setStatisticsOnly] = useState(record?.sharing.statisticsOnly ?? false);

  const fields = fieldsOf(schema);
  const fieldNames = useMemo(
    () => [...SHARING_FIELDS, ...fields.map((field) => `properties.${field.name}`)],
    [fields],
  );
  const errors = useFormErrors(mutation.error, fieldNames);
  const conflict = isApiError(mutation.error, 'CONFLICT') && record !== undefined;

  const schemaOptions = useMemo(() => {
    const offered: RecordSchema[] = record ? [record.schema] : FORM_SCHEMATA;
    return offered.map((value) => ({ value, label: t(`records.schemata.${value}`) }));
  }, [record, t]);
  const agencyOptions = useMemo(
    () =>
      (agencies.data ?? []).map((agency) => ({
        value: agency.id,
        label: `${agency.code} — ${names.of(agency)}`,
      })),
    [agencies.data, names],
  );
  const countryOptions = useMemo(
    () =>
      (countries.data ?? []).map((country) => ({
        value: country.code.toLowerCase(),
        label: names.country(country),
      })),
    [countries.data, names],
  );

  const setValue = (name: string, value: string) => setValues((current) => ({ ...current, [name]: value }));

  const buildProperties = (): RecordProperties => {
    const properties: RecordProperties = record ? { ...record.properties } : {};
    for (const field of fields) {
      const value = (values[field.name] ?? '').trim();
      if (value) {
        const rest = record?.properties[field.name]?.slice(1) ?? [];
        properties[field.name] = [value, ...rest.filter((other) => other !== value)];
      } else {
        delete properties[field.name];
      }
    }
    return properties;
  };

  const buildSharing = (): SharingInput => {
    const sharing: SharingInput = {
      distribution,
      distributionAgencies: distribution === 'named_agencies' ? distributionAgencies : [],
      handlingCode,
      statisticsOnly,
    };
    if (handlingCode === 'H3' && handlingRestriction.trim()) {
      sharing.handlingRestriction = handlingRestriction.trim();
    }
    if (source && information) {
      sharing.evaluation = {
        source: source as SourceEvaluation,
        information: Number(information) as InformationEvaluation,
      };
    }
    return sharing;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const properties = buildProperties();
    const sharing = buildSharing();
    if (record) {
      update.mutate(
        { id: record.id, patch: { version: record.version, properties, sharing } },
        {
          onSuccess: (saved) => {
            notifications.show({
              color: 'teal',
              title: t('records.saved'),
              message: t('records.savedText', { caption: saved.caption, version: saved.version }),
            });
            onSaved?.(saved);
            onClose();
          },
        },
      );
    } else {
      create.mutate(
        { schema, properties, sharing },
        {
          onSuccess: (saved) => {
            notifications.show({
              color: 'teal',
              title: t('records.created'),
              message: t('records.createdText', { caption: saved.caption }),
            });
            onSaved?.(saved);
            onClose();
          },
        },
      );
    }
  };

  const propertyInput = (field: PropertyField) => {
    const key = `${schema}:${field.name}`;
    const common = {
      label: t(`records.props.${field.name}` as 'records.props.name'),
      error: errors.field(`properties.${field.name}`),
      'data-testid': field.testId ?? `record-prop-${field.name}`,
    };
    if (field.kind === 'country') {
      return (
        <Select
          key={key}
          {...common}
          data={countryOptions}
          value={values[field.name] || null}
          onChange={(value) => setValue(field.name, value ?? '')}
          placeholder={t('records.countryPlaceholder')}
          searchable
          clearable
        />
      );
    }
    return (
      <TextInput
        key={key}
        {...common}
        value={values[field.name] ?? ''}
        onChange={(event) => setValue(field.name, event.currentTarget.value)}
        placeholder={field.kind === 'date' ? t('records.datePlaceholder') : undefined}
        type={field.kind === 'date' ? 'date' : 'text'}
      />
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={record ? t('records.editTitle') : t('records.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate data-testid="record-form">
        <Stack gap="sm">
          <ErrorAlert
            error={conflict || errors.form ? mutation.error : null}
            message={conflict ? t('records.conflict') : errors.form}
          />
          <Select
            label={t('records.schema')}
            data={schemaOptions}
            value={schema}
            onChange={(value) => isSchema(value) && setSchema(value)}
            error={errors.field('schema')}
            disabled={record !== undefined}
            allowDeselect={false}
            required
            data-testid="record-schema"
          />
          <SimpleGrid cols={2} spacing="sm">
            {fields.map(propertyInput)}
          </SimpleGrid>
          <Divider label={t('records.sharingSection')} labelPosition="left" mt="xs" />
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('records.distribution')}
              description={t('records.distributionHint')}
              data={DISTRIBUTIONS.map((value) => ({ value, label: t(`records.distributions.${value}`) }))}
              value={distribution}
              onChange={(value) => value && setDistribution(value)}
              error={errors.field('sharing.distribution')}
              allowDeselect={false}
              required
              data-testid="record-distribution"
            />
            <Select
              label={t('records.handlingCode')}
              description={t('records.handlingCodeHint')}
              data={HANDLING_CODES.map((value) => ({ value, label: t(`records.handling.${value}`) }))}
              value={handlingCode}
              onChange={(value) => value && setHandlingCode(value)}
              error={errors.field('sharing.handlingCode')}
              allowDeselect={false}
              required
              data-testid="record-handling"
            />
          </SimpleGrid>
          {distribution === 'named_agencies' && (
            <MultiSelect
              label={t('records.distributionAgencies')}
              description={t('records.distributionAgenciesHint')}
              data={agencyOptions}
              value={distributionAgencies}
              onChange={setDistributionAgencies}
              error={errors.field('sharing.distributionAgencies')}
              searchable
              required
              hidePickedOptions
              nothingFoundMessage={t('common.noData')}
              data-testid="record-agencies"
            />
          )}
          {handlingCode === 'H3' && (
            <Textarea
              label={t('records.handlingRestriction')}
              description={t('records.handlingRestrictionHint')}
              value={handlingRestriction}
              onChange={(event) => setHandlingRestriction(event.currentTarget.value)}
              error={errors.field('sharing.handlingRestriction')}
              autosize
              minRows={2}
              required
              data-testid="record-restriction"
            />
          )}
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('records.evaluationSource')}
              data={SOURCE_EVALUATIONS.map((value) => ({
                value,
                label: t(`records.sourceEvaluation.${value}`),
              }))}
              value={source}
              onChange={setSource}
              error={errors.field('sharing.evaluation.source') ?? errors.field('sharing.evaluation')}
              placeholder={t('records.notEvaluated')}
              clearable
              data-testid="record-eval-source"
            />
            <Select
              label={t('records.evaluationInformation')}
              data={INFORMATION_EVALUATIONS.map((value) => ({
                value: String(value),
                label: t(`records.informationEvaluation.${value}`),
              }))}
              value={information}
              onChange={setInformation}
              error={errors.field('sharing.evaluation.information')}
              placeholder={t('records.notEvaluated')}
              clearable
              data-testid="record-eval-information"
            />
          </SimpleGrid>
          <Switch
            label={t('records.statisticsOnly')}
            description={t('records.statisticsOnlyHint')}
            checked={statisticsOnly}
            onChange={(event) => setStatisticsOnly(event.currentTarget.checked)}
            data-testid="record-statistics-only"
          />
          <Group justify="flex-end" gap="xs" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="record-submit">
              {record ? t('records.editSubmit') : t('records.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
