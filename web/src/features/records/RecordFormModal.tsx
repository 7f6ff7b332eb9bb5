import { useMemo, useState, type FormEvent } from 'react';
import { Button, Divider, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import {
  RECORD_SCHEMATA,
  useCreateRecord,
  useUpdateRecord,
  type RecordProperties,
  type RecordSchema,
  type RecordView,
} from '../../api/records';
import { useCountries } from '../../api/reference';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/errors';
import { useNames } from '../../i18n/names';
import { FORM_SCHEMATA, fieldsOf, type PropertyField } from './recordFields';
import { SHARING_ERROR_FIELDS, SharingFields, sharingInput, sharingState } from './SharingFields';

interface RecordFormModalProps {
  /** The record to edit; a new record is created when absent. */
  record?: RecordView;
  onClose: () => void;
  /** Called with the saved record. */
  onSaved?: (record: RecordView) => void;
}

const SHARING_FIELDS = ['schema', ...SHARING_ERROR_FIELDS] as const;

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
  const countries = useCountries();

  const [schema, setSchema] = useState<RecordSchema>(record?.schema ?? 'Person');
  const [values, setValues] = useState<Record<string, string>>(record ? firstValues(record.properties) : {});
  const [sharingValue, setSharingValue] = useState(() => sharingState(record?.sharing));

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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const properties = buildProperties();
    const sharing = sharingInput(sharingValue);
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
          <SharingFields
            value={sharingValue}
            onChange={setSharingValue}
            error={errors.field}
            testIdPrefix="record"
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
