import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../../api/reference';
import { useNames } from '../../i18n/names';

/** Country options in the interface language: the regional centre's member states first. */
export function useCountryOptions() {
  const { t } = useTranslation();
  const names = useNames();
  const countries = useCountries();
  return useMemo(() => {
    const all = (countries.data ?? [])
      .map((country) => ({
        value: country.code.toUpperCase(),
        label: names.country(country),
        member: country.status === 'member',
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const strip = ({ value, label }: { value: string; label: string }) => ({ value, label });
    const members = all.filter((country) => country.member).map(strip);
    const others = all.filter((country) => !country.member).map(strip);
    return members.length > 0
      ? [
          { group: t('seizures.countryGroups.members'), items: members },
          { group: t('seizures.countryGroups.others'), items: others },
        ]
      : others;
  }, [countries.data, names, t]);
}

/** Name of a country code in the interface language (the code itself while the list loads). */
export function useCountryName(): (code: string | null | undefined) => string {
  const names = useNames();
  const countries = useCountries();
  return useMemo(() => {
    const byCode = new Map((countries.data ?? []).map((country) => [country.code.toUpperCase(), country]));
    return (code) => (code ? names.country(byCode.get(code.toUpperCase()), code) : '—');
  }, [countries.data, names]);
}

/** A searchable country picker whose value is the ISO 3166-1 alpha-2 code in capitals. */
export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const data = useCountryOptions();
  return (
    <Select
      placeholder={t('records.countryPlaceholder')}
      searchable
      clearable
      nothingFoundMessage={t('common.noData')}
      {...props}
      data={data}
    />
  );
}
