import { useMemo } from 'react';
import { Button, Chip, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../../api/reference';
import { STAT_DIMENSIONS, type StatDimension, type StatQuery } from '../../api/statistics';
import { toLanguage } from '../../i18n';
import { YearInput } from './YearInput';
import { DRUG_GROUPS, DRUGS, termLabel } from '../../../../src/modules/records/vocabularies/index';

interface StatisticsFiltersProps {
  query: StatQuery;
  onChange: (query: StatQuery) => void;
}

/** Dimensions to break the totals down by, and the filters: country, years, drug group, drug. */
export function StatisticsFilters({ query, onChange }: StatisticsFiltersProps) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const countries = useCountries();
  const set = (patch: Partial<StatQuery>) => {
    const next: StatQuery = { ...query, ...patch };
    for (const key of Object.keys(next) as (keyof StatQuery)[]) {
      if (next[key] === undefined || next[key] === null) {
        delete next[key];
      }
    }
    onChange(next);
  };

  const countryOptions = useMemo(
    () =>
      (countries.data ?? [])
        .map((c) => ({ value: c.code, label: `${language === 'ru' ? c.nameRu : c.nameEn} (${c.code})` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [countries.data, language],
  );
  const groupOptions = useMemo(
    () => DRUG_GROUPS.map((g) => ({ value: g.code, label: termLabel(g, language) })),
    [language],
  );
  const drugOptions = useMemo(
    () =>
      DRUGS.filter((d) => !query.drugGroup || d.group === query.drugGroup).map((d) => ({
        value: d.code,
        label: termLabel(d, language),
      })),
    [language, query.drugGroup],
  );

  return (
    <Paper withBorder radius="md" p="sm" mb="md">
      <Stack gap="sm">
        <Group gap="xs" align="center">
          <Text size="sm" fw={500}>
            {t('statistics.breakDownBy')}
          </Text>
          <Chip.Group
            multiple
            value={query.by}
            onChange={(value) =>
              set({ by: STAT_DIMENSIONS.filter((d): d is StatDimension => value.includes(d)) })
            }
          >
            <Group gap={6}>
              {STAT_DIMENSIONS.map((d) => (
                <Chip key={d} value={d} size="xs" data-testid={`stat-dimension-${d}`}>
                  {t(`statistics.dimensions.${d}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('statistics.filters.country')}
            placeholder={t('statistics.filters.allCountries')}
            data={countryOptions}
            value={query.country ?? null}
            onChange={(value) => set({ country: value ?? undefined })}
            searchable
            clearable
            w={240}
            data-testid="stat-country"
          />
          <YearInput
            label={t('statistics.filters.from')}
            value={query.from}
            onChange={(from) => set({ from })}
            testId="stat-from"
          />
          <YearInput
            label={t('statistics.filters.to')}
            value={query.to}
            onChange={(to) => set({ to })}
            testId="stat-to"
          />
          <Select
            label={t('statistics.filters.drugGroup')}
            placeholder={t('statistics.filters.allGroups')}
            data={groupOptions}
            value={query.drugGroup ?? null}
            onChange={(value) => set({ drugGroup: value ?? undefined, drug: undefined })}
            clearable
            w={280}
            data-testid="stat-group"
          />
          <Select
            label={t('statistics.filters.drug')}
            placeholder={t('statistics.filters.allDrugs')}
            data={drugOptions}
            value={query.drug ?? null}
            onChange={(value) => set({ drug: value ?? undefined })}
            searchable
            clearable
            w={240}
            data-testid="stat-drug"
          />
          <Button variant="subtle" size="sm" onClick={() => onChange({ by: query.by })}>
            {t('common.clearFilters')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
