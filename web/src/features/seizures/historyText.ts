/** Words for the fields and values of a seizure's history, in the interface language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/agencies';
import { useNames } from '../../i18n/names';
import { useCountryName } from './CountrySelect';
import { useSeizureFormat } from './seizureFormat';
import { useVocabulary, type VocabularyName } from './vocabulary';

const VOCABULARY_FIELDS: Record<string, VocabularyName> = {
  transportMode: 'transport',
  placeKind: 'place_kinds',
  concealment: 'concealment',
  'sharing.distribution': 'distribution',
};

type Row = Record<string, unknown>;
const isRows = (value: unknown): value is Row[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
const str = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** Field labels and value texts of the history view. */
export function useHistoryText() {
  const { t, i18n } = useTranslation();
  const vocab = useVocabulary();
  const format = useSeizureFormat();
  const countryName = useCountryName();
  const names = useNames();
  const agencies = useAgencies();

  const label = useCallback(
    (field: string): string => {
      const name = field.startsWith('sharing.') ? field.slice('sharing.'.length) : field;
      for (const key of [`seizures.fields.${name}`, `records.${name}`]) {
        if (i18n.exists(key)) return t(key as 'seizures.title');
      }
      return field;
    },
    [t, i18n],
  );

  const agencyLabel = useCallback(
    (id: string) => {
      const agency = (agencies.data ?? []).find((item) => item.id === id);
      return agency ? `${agency.code} — ${names.of(agency)}` : id;
    },
    [agencies.data, names],
  );

  const value = useCallback(
    (field: string, raw: unknown): string => {
      if (raw === null || raw === undefined || (Array.isArray(raw) && raw.length === 0)) return '—';
      if (typeof raw === 'boolean') return raw ? t('records.yes') : t('records.no');
      const vocabulary = VOCABULARY_FIELDS[field];
      if (vocabulary) {
        const codes = Array.isArray(raw) ? raw.map(str) : [str(raw)];
        return codes.map((code) => vocab.label(vocabulary, code)).join(', ');
      }
      if (field === 'country') return countryName(str(raw));
      if (field === 'seizingAgencyId') return agencyLabel(str(raw));
      if (field === 'sharing.distributionAgencies' && Array.isArray(raw)) {
        return raw.map((id) => agencyLabel(str(id))).join(', ');
      }
      if (field === 'drugs' && isRows(raw)) {
        return raw
          .map((line) => {
            const quantity =
              line.quantity === null ? t('seizures.kg.unknownQuantity') : format.decimal(str(line.quantity));
            return `${vocab.label('drugs', str(line.drug))} ${quantity} ${vocab.unitAbbr(str(line.unit))}`;
          })
          .join('; ');
      }
      if (field === 'route' && isRows(raw)) {
        return raw
          .map(
            (leg) =>
              `${t(`seizures.routeRoles.${str(leg.role) as 'origin'}`)}: ${countryName(str(leg.country))}`,
          )
          .join(' → ');
      }
      if (field === 'parties' && isRows(raw)) {
        return raw
          .map(
            (party) =>
              [
                party.role ? vocab.label('person_roles', str(party.role)) : null,
                party.arrested ? t('seizures.parties.arrested') : null,
              ]
                .filter(Boolean)
                .join(', ') || str(party.recordId),
          )
          .join('; ');
      }
      if (Array.isArray(raw)) return raw.map(str).join(', ');
      return typeof raw === 'object' ? JSON.stringify(raw) : str(raw);
    },
    [t, vocab, format, countryName, agencyLabel],
  );

  return { label, value };
}
