import { describe, expect, it } from 'vitest';
import {
  DISTRIBUTIONS,
  DRUG_GROUPS,
  DRUGS,
  HANDLING_CODES,
  LINK_TYPES,
  UNITS,
  VOCABULARIES,
  type Term,
  type VocabularyName,
  drugTerm,
  findTerm,
  isVocabularyCode,
  vocabularyLabel,
} from './index.js';

const CYRILLIC = /[\u0400-\u04FF]/;
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
// Vocabularies whose codes are those of an external standard rather than snake_case.
const STANDARD_CODES: Partial<Record<VocabularyName, RegExp>> = {
  handling: /^H[0-3]$/,
  source_evaluation: /^[ABCX]$/,
  information_evaluation: /^[1-4]$/,
};

const names = Object.keys(VOCABULARIES) as VocabularyName[];

describe.each(names)('vocabulary %s', (name) => {
  const terms: readonly Term[] = VOCABULARIES[name];

  it('is not empty and has unique codes', () => {
    expect(terms.length).toBeGreaterThan(0);
    const codes = terms.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has stable codes of the expected form', () => {
    const pattern = STANDARD_CODES[name] ?? SNAKE_CASE;
    for (const term of terms) expect(term.code, term.code).toMatch(pattern);
  });

  it('has a non-empty English label and a Russian label in Cyrillic for every term', () => {
    for (const term of terms) {
      expect(term.en.trim(), `${term.code}.en`).not.toBe('');
      expect(term.en, `${term.code}.en`).toBe(term.en.trim());
      expect(term.en, `${term.code}.en is English`).not.toMatch(CYRILLIC);
      expect(term.ru, `${term.code}.ru`).toBe(term.ru.trim());
      expect(term.ru, `${term.code}.ru`).toMatch(CYRILLIC);
    }
  });

  it('has unique labels in each language', () => {
    expect(new Set(terms.map((t) => t.en.toLowerCase())).size).toBe(terms.length);
    expect(new Set(terms.map((t) => t.ru.toLowerCase())).size).toBe(terms.length);
  });
});

describe('vocabularyLabel', () => {
  it('gives the label in the asked language', () => {
    expect(vocabularyLabel('drugs', 'heroin', 'en')).toBe('Heroin');
    expect(vocabularyLabel('drugs', 'heroin', 'ru')).toBe('героин');
    expect(vocabularyLabel('drugs', 'cannabis_resin', 'ru')).toBe('гашиш (смола каннабиса)');
    expect(vocabularyLabel('drugs', 'acetic_anhydride', 'ru')).toBe('уксусный ангидрид');
    expect(vocabularyLabel('concealment', 'vehicle_secret_compartment', 'ru')).toBe(
      'тайник в транспортном средстве',
    );
    expect(vocabularyLabel('units', 'kg', 'en')).toBe('kilograms');
  });

  it('answers undefined for a code the vocabulary does not have', () => {
    expect(vocabularyLabel('drugs', 'kg', 'en')).toBeUndefined();
    expect(vocabularyLabel('units', 'heroin', 'ru')).toBeUndefined();
    expect(findTerm('forms', '')).toBeUndefined();
    expect(isVocabularyCode('distribution', 'own_agency')).toBe(true);
    expect(isVocabularyCode('distribution', 'everyone')).toBe(false);
  });
});

describe('drug terms', () => {
  it('belong to a UNODC drug group', () => {
    const groups = new Set<string>(DRUG_GROUPS.map((g) => g.code));
    for (const term of DRUGS) expect(groups.has(term.group), term.code).toBe(true);
  });

  it('either carry UNODC names or say which term they are reported as', () => {
    for (const term of DRUGS) {
      if (term.unodcNames.length > 0) continue;
      const target = 'reportedAs' in term ? drugTerm(term.reportedAs) : undefined;
      expect(target?.unodcNames.length ?? 0, `${term.code} reportedAs`).toBeGreaterThan(0);
      expect(target?.group, `${term.code} reported within its group`).toBe(term.group);
    }
  });

  it('include the substances seizure reports need', () => {
    const required = [
      'heroin',
      'opium',
      'raw_opium',
      'morphine',
      'poppy_straw',
      'cannabis_herb',
      'cannabis_resin',
      'cannabis_plants',
      'cocaine_salts',
      'cocaine_base',
      'crack_cocaine',
      'methamphetamine',
      'amphetamine',
      'mdma',
      'synthetic_cannabinoids',
      'synthetic_cathinones',
      'nps_other',
      'tramadol',
      'pharmaceutical_opioids_other',
      'sedatives_other',
      'acetic_anhydride',
      'ephedrine',
      'pseudoephedrine',
      'p2p',
      'potassium_permanganate',
      'precursors_other',
    ];
    for (const code of required) expect(drugTerm(code), code).toBeDefined();
  });
});

describe('units', () => {
  it('say how each kind reaches a kilogram equivalent', () => {
    for (const unit of UNITS) {
      if (unit.kind === 'mass') expect(unit.kgEquivalent).toBe('always');
      if (unit.kind === 'volume') expect(unit.kgEquivalent).toBe('with_density_rule');
      if (unit.kind === 'count') expect(unit.kgEquivalent).toBe('with_unit_mass_rule');
    }
    expect(UNITS.map((u) => u.code)).toEqual(
      expect.arrayContaining(['kg', 'g', 'mg', 't', 'l', 'ml', 'tablets', 'capsules', 'ampoules', 'plants']),
    );
  });
});

describe('sharing vocabularies', () => {
  it('match the stored values of docs/records-design.md', () => {
    expect(DISTRIBUTIONS.map((d) => d.code)).toEqual([
      'own_agency',
      'own_country',
      'named_agencies',
      'all_members',
      'members_and_observers',
    ]);
    expect(HANDLING_CODES.map((h) => h.code)).toEqual(['H0', 'H1', 'H2', 'H3']);
    expect(HANDLING_CODES.filter((h) => h.requiresText).map((h) => h.code)).toEqual(['H3']);
    expect(DISTRIBUTIONS.filter((d) => d.requiresAgencies).map((d) => d.code)).toEqual(['named_agencies']);
  });

  it('read undirected links the same way both ways', () => {
    for (const link of LINK_TYPES) {
      if (link.directed) continue;
      expect(link.reverseEn, link.code).toBe(link.en);
      expect(link.reverseRu, link.code).toBe(link.ru);
    }
  });
});
