import { useMemo } from 'react';
import { ActionIcon, Group, Paper, Select, TextInput, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import { useAuditActions } from '../../api/audit';
import { useCan } from '../../api/session';
import { AUDIT_OUTCOMES } from '../../api/types';
import { useUsers } from '../../api/users';
import { useFormErrors } from '../../components/errors';
import { useNames } from '../../i18n/names';
import { EMPTY_FILTER, isFiltered, type AuditFilterValues } from './auditFilter';

interface AuditFiltersProps {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  /** Error of the last query; a VALIDATION_FAILED naming a filter is shown on that filter. */
  error?: unknown;
}

const FILTER_FIELDS = [
  'actorId',
  'agencyId',
  'action',
  'objectType',
  'objectId',
  'outcome',
  'from',
  'to',
] as const;

/** Filter bar of the audit log. Actor is a user picker for user administrators, an id field otherwise. */
export function AuditFilters({ values, onChange, error }: AuditFiltersProps) {
  const { t } = useTranslation();
  const errors = useFormErrors(error, FILTER_FIELDS);
  const names = useNames();
  const allAgencies = useCan('audit.read.all');
  const canListUsers = useCan('users.manage');
  const actions = useAuditActions();
  const users = useUsers({ includeDisabled: true }, canListUsers);
  const agencies = useAgencies({}, allAgencies);
  const set = <K extends keyof AuditFilterValues>(key: K, value: AuditFilterValues[K]) =>
    onChange({ ...values, [key]: value });

  const userOptions = useMemo(() => {
    const options = (users.data ?? []).map((user) => ({
      value: user.id,
      label: `${user.username} (${user.agencyCode})`,
    }));
    if (values.actorId && !options.some((option) => option.value === values.actorId)) {
      options.unshift({ value: values.actorId, label: values.actorId });
    }
    return options;
  }, [users.data, values.actorId]);
  const agencyOptions = useMemo(
    () =>
      (agencies.data ?? []).map((agency) => ({
        value: agency.id,
        label: `${agency.code} — ${names.of(agency)}`,
      })),
    [agencies.data, names],
  );

  return (
    <Paper withBorder radius="md" p="sm" mb="sm" className="nr-filter-bar" data-testid="audit-filters">
      <Group gap="xs" align="flex-end" className="nr-audit-filters">
        {canListUsers ? (
          <Select
            label={t('audit.actor')}
            placeholder={t('common.any')}
            data={userOptions}
            value={values.actorId}
            onChange={(value) => set('actorId', value)}
            searchable
            clearable
            size="xs"
            data-testid="audit-filter-actor"
            error={errors.field('actorId')}
          />
        ) : (
          <TextInput
            label={t('audit.actorId')}
            placeholder={t('common.any')}
            value={values.actorId ?? ''}
            onChange={(event) => set('actorId', event.currentTarget.value.trim() || null)}
            size="xs"
            data-testid="audit-filter-actor"
            error={errors.field('actorId')}
          />
        )}
        {allAgencies && (
          <Select
            label={t('audit.agency')}
            placeholder={t('common.any')}
            data={agencyOptions}
            value={values.agencyId}
            onChange={(value) => set('agencyId', value)}
            searchable
            clearable
            size="xs"
            data-testid="audit-filter-agency"
            error={errors.field('agencyId')}
          />
        )}
        <Select
          label={t('audit.action')}
          placeholder={t('common.any')}
          data={actions.data ?? []}
          value={values.action}
          onChange={(value) => set('action', value)}
          searchable
          clearable
          size="xs"
          data-testid="audit-filter-action"
          error={errors.field('action')}
        />
        <TextInput
          label={t('audit.objectType')}
          placeholder={t('common.any')}
          value={values.objectType}
          onChange={(event) => set('objectType', event.currentTarget.value)}
          size="xs"
          data-testid="audit-filter-object-type"
          error={errors.field('objectType')}
        />
        <TextInput
          label={t('audit.objectId')}
          placeholder={t('common.any')}
          value={values.objectId}
          onChange={(event) => set('objectId', event.currentTarget.value)}
          size="xs"
          data-testid="audit-filter-object-id"
          error={errors.field('objectId')}
        />
        <Select
          label={t('audit.outcome')}
          placeholder={t('common.any')}
          data={AUDIT_OUTCOMES.map((value) => ({ value, label: t(`audit.outcomes.${value}`) }))}
          value={values.outcome}
          onChange={(value) => set('outcome', AUDIT_OUTCOMES.find((outcome) => outcome === value) ?? null)}
          clearable
          size="xs"
          data-testid="audit-filter-outcome"
          error={errors.field('outcome')}
        />
        <DatePickerInput
          type="range"
          label={t('audit.period')}
          placeholder={t('audit.periodPlaceholder')}
          value={values.range}
          onChange={(range) =>
            set('range', [range[0] ? String(range[0]) : null, range[1] ? String(range[1]) : null])
          }
          valueFormat="DD.MM.YYYY"
          leftSection={<IconCalendar size={14} />}
          clearable
          allowSingleDateInRange
          size="xs"
          data-testid="audit-filter-period"
          error={errors.field('from') ?? errors.field('to')}
        />
        <Tooltip label={t('common.clearFilters')} withArrow>
          <ActionIcon
            variant="default"
            size={30}
            disabled={!isFiltered(values)}
            onClick={() => onChange(EMPTY_FILTER)}
            aria-label={t('common.clearFilters')}
            data-testid="audit-filter-clear"
          >
            <IconFilterOff size={15} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
