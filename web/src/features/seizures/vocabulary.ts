/**
 * The seizure vocabularies in the web app: the same pure data modules the server validates against
 * (src/modules/records/vocabularies/), so codes, labels and kilogram rules cannot drift.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../i18n';
import {
  DRUG_GROUPS,
  DRUGS,
  UNITS,
  VOCABULARIES,
  drugTerm,
  sumKg,
  toKgEquivalent,
  vocabularyLabel,
  type KgConversion,
  type UnitCode,
  type VocabularyName,
} from '../../../../src/modules/records/vocabularies/index';

export type { KgConversion, VocabularyName };

/** A Mantine select option, or a group of them. */
export interface Option {
  value: string;
  label: string;
}
export interface OptionGroup {
  group: string;
  items: Option[];
}

/** How a unit converts: mass always, volume with a density, counted units with a mass per unit. */
export function unitKind(unit: string): 'mass' | 'volume' | 'count' | null {
  return UNITS.find((term) => term.code === unit)?.kind ?? null;
}

/**
 * The kilogram equivalent of a line by the server's own rules (vocabularies/quantity.ts), or null
 * when the line is not complete enough to say (no quantity, or a malformed number).
 */
export function liveKg(line: {
  drug: string;
  quantity: string;
  unit: string;
  densityKgPerLitre: string;
  unitMassGrams: string;
}): KgConversion | null {
  if (!line.quantity.trim() || !unitKind(line.unit)) {
    return null;
  }
  const kind = unitKind(line.unit);
  try {
    return toKgEquivalent(
      {
        quantity: line.quantity.trim(),
        unit: line.unit as UnitCode,
        // Only the figure the unit needs is passed, as the request schema sends only that one.
        densityKgPerLitre:
          kind === 'volume' && line.densityKgPerLitre.trim() ? line.densityKgPerLitre.trim() : null,
        unitMassGrams: kind === 'count' && line.unitMassGrams.trim() ? line.unitMassGrams.trim() : null,
      },
      drugTerm(line.drug) ?? null,
    );
  } catch {
    return null;
  }
}

/** Exact sum of known kilograms; unknown ones are counted apart. */
export function totalKg(values: readonly (string | null)[]): { total: string; unknownCount: number } {
  return sumKg(values);
}

/** The UNODC drug group of a substance code. */
export function drugGroupOf(code: string): string | undefined {
  return drugTerm(code)?.group;
}

/** Labels and select options of the vocabularies, in the interface language. */
export function useVocabulary() {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useMemo(() => {
    const label = (vocab: VocabularyName, code: string | null | undefined): string =>
      code ? (vocabularyLabel(vocab, code, language) ?? code) : '—';
    const options = (vocab: VocabularyName): Option[] =>
      VOCABULARIES[vocab].map((term) => ({ value: term.code, label: language === 'ru' ? term.ru : term.en }));
    // Substances grouped under their UNODC drug group, as officers look for them.
    const drugOptions: OptionGroup[] = DRUG_GROUPS.map((group) => ({
      group: language === 'ru' ? group.ru : group.en,
      items: DRUGS.filter((drug) => drug.group === group.code).map((drug) => ({
        value: drug.code,
        label: language === 'ru' ? drug.ru : drug.en,
      })),
    })).filter((group) => group.items.length > 0);
    const unitAbbr = (code: string): string => {
      const unit = UNITS.find((term) => term.code === code);
      return unit ? unit.abbr[language] : code;
    };
    return { language, label, options, drugOptions, unitAbbr };
  }, [language]);
}

/** What `useVocabulary` gives. */
export type Vocabulary = ReturnType<typeof useVocabulary>;
