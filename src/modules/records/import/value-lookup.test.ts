import { describe, expect, it } from 'vitest';
import { DRUGS, type DrugTerm } from '../vocabularies/index.js';
import { ValueLookup, countryLookup, normaliseValue, vocabularyLookup } from './value-lookup.js';

describe('drug look-up', () => {
  const drugs = vocabularyLookup('drugs');

  it.each([
    // What seizure reports of the region write in the Drug column.
    ['Hashish', 'cannabis_resin'],
    ['hashish', 'cannabis_resin'],
    ['HASHISH', 'cannabis_resin'],
    ['Гашиш', 'cannabis_resin'],
    ['гашиш', 'cannabis_resin'],
    ['Haschisch', 'cannabis_resin'],
    ['Charas', 'cannabis_resin'],
    ['Chars', 'cannabis_resin'],
    ['чарс', 'cannabis_resin'],
    ['анаша', 'cannabis_resin'],
    ['Cannabis resin', 'cannabis_resin'],
    ['Marijuana', 'cannabis_herb'],
    ['Marihuana', 'cannabis_herb'],
    ['Марихуана', 'cannabis_herb'],
    ['марижуана', 'cannabis_herb'],
    ['Cannabis herb', 'cannabis_herb'],
    ['гашишное масло', 'cannabis_oil'],
    ['Героин', 'heroin'],
    ['Heroin', 'heroin'],
    ['диацетилморфин', 'heroin'],
    ['Опий', 'opium'],
    ['опиум', 'opium'],
    ['Opium', 'opium'],
    ['Опий-сырец', 'raw_opium'],
    ['опий сырец', 'raw_opium'],
    ['Raw opium', 'raw_opium'],
    ['кокнар', 'poppy_straw'],
    ['Кокаин', 'cocaine_non_specified'],
    ['Cocaine', 'cocaine_non_specified'],
    ['гидрохлорид кокаина', 'cocaine_salts'],
    ['Cocaine hydrochloride', 'cocaine_salts'],
    ['крэк', 'crack_cocaine'],
    ['Первитин', 'methamphetamine'],
    ['Метамфетамин', 'methamphetamine'],
    ['спайс', 'synthetic_cannabinoids'],
  ])('reads "%s" as %s', (text, code) => {
    expect(drugs.find(text)).toBe(code);
  });

  it('ignores case, spacing, ё and underscores, and finds codes and UNODC names', () => {
    expect(drugs.find('  ГАШИШ ')).toBe('cannabis_resin');
    expect(drugs.find('cannabis_resin')).toBe('cannabis_resin');
    expect(drugs.find('Cannabis resin (hashish)')).toBe('cannabis_resin');
    expect(drugs.find('гашиш (смола каннабиса)')).toBe('cannabis_resin');
    expect(drugs.find('Non-specified cocaine')).toBe('cocaine_non_specified');
    expect(normaliseValue('Опий_ Сырец')).toBe('опий сырец');
  });

  it('answers undefined for a value that names no substance', () => {
    expect(drugs.find('sugar')).toBeUndefined();
    expect(drugs.find('')).toBeUndefined();
  });

  it('gives every alias of a substance to that substance only', () => {
    for (const term of DRUGS as readonly DrugTerm[]) {
      for (const alias of term.aliases ?? []) {
        expect(drugs.find(alias), `${term.code}: ${alias}`).toBe(term.code);
      }
    }
  });

  it("lets the mapping's own value table win over the vocabulary", () => {
    const mapped = vocabularyLookup('drugs', { Hashish: 'cannabis_other', 'К-1': 'heroin' });
    expect(mapped.find('hashish')).toBe('cannabis_other');
    expect(mapped.find('к-1')).toBe('heroin');
    expect(mapped.find('Гашиш')).toBe('cannabis_resin');
  });
});

describe('ValueLookup', () => {
  it('leaves out a text that names two codes, and lets a full entry beat a derived one', () => {
    const lookup = new ValueLookup(
      [
        ['alpha', 'a'],
        ['shared', 'a'],
        ['shared', 'b'],
        ['full', 'c'],
      ],
      {},
      [
        ['full', 'd'],
        ['short', 'a'],
        ['short', 'b'],
        ['only derived', 'e'],
      ],
    );
    expect(lookup.find('alpha')).toBe('a');
    expect(lookup.find('shared')).toBeUndefined();
    expect(lookup.find('full')).toBe('c');
    expect(lookup.find('short')).toBeUndefined();
    expect(lookup.find('only derived')).toBe('e');
  });
});

describe('country look-up', () => {
  it('reads ISO codes and English and Russian names', () => {
    const countries = countryLookup();
    expect(countries.find('KG')).toBe('KG');
    expect(countries.find('TJK')).toBe('TJ');
    expect(countries.find('Кыргызстан')).toBe('KG');
    expect(countries.find('Afghanistan')).toBe('AF');
  });
});
