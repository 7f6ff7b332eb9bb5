import { Group, Input, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATE_PRECISIONS } from '../../api/seizures';
import type { SectionProps } from './formSections';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** The seizure date: a full date, or only its month or year when that is all that was reported. */
export function PartialDateInput({ form, set, error }: SectionProps) {
  const { t, i18n } = useTranslation();
  const monthName = new Intl.DateTimeFormat(i18n.language === 'ru' ? 'ru-RU' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  const message = error('occurredOn');
  return (
    <Input.Wrapper
      label={t('seizures.fields.date')}
      required
      error={message}
      data-testid="seizure-date-field"
    >
      <Stack gap={6} mt={4}>
        <SegmentedControl
          size="xs"
          value={form.precision}
          onChange={(value) => {
            // A full date already typed gives its year and month to the coarser precisions.
            const typed = /^\d{4}-\d{2}-\d{2}$/.test(form.date) ? form.date : null;
            set({
              precision: value,
              ...(typed && !form.year ? { year: typed.slice(0, 4), month: typed.slice(5, 7) } : {}),
            });
          }}
          data={DATE_PRECISIONS.map((value) => ({ value, label: t(`seizures.precision.${value}`) }))}
          data-testid="seizure-date-precision"
        />
        {form.precision === 'day' ? (
          <TextInput
            type="date"
            value={form.date}
            onChange={(event) => set({ date: event.currentTarget.value })}
            error={Boolean(message)}
            aria-label={t('seizures.fields.date')}
            data-testid="seizure-date"
          />
        ) : (
          <Group gap="xs" grow>
            <TextInput
              value={form.year}
              onChange={(event) => set({ year: event.currentTarget.value })}
              placeholder={t('seizures.fields.yearPlaceholder')}
              inputMode="numeric"
              maxLength={4}
              error={Boolean(message)}
              aria-label={t('seizures.fields.year')}
              data-testid="seizure-year"
            />
            {form.precision === 'month' && (
              <Select
                value={form.month}
                onChange={(value) => set({ month: value })}
                data={MONTHS.map((value) => ({
                  value,
                  label: monthName.format(new Date(`2000-${value}-01T00:00:00Z`)),
                }))}
                placeholder={t('seizures.fields.month')}
                error={Boolean(message)}
                aria-label={t('seizures.fields.month')}
                data-testid="seizure-month"
              />
            )}
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
