import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DRUG_GROUPS, DRUGS, type DrugTerm, drugForUnodcName } from './index.js';

interface Triple {
  drugGroup: string;
  drugSubGroup: string;
  drugName: string;
}

// The distinct (DrugGroup, DrugSubGroup, DrugName) triples of the UNODC export; README.md says how
// the fixture was made, and the last test re-reads the workbook when it is at hand.
const triples = JSON.parse(
  readFileSync(fileURLToPath(new URL('./__fixtures__/unodc-drug-triples.json', import.meta.url)), 'utf8'),
) as Triple[];
const UNODC_XLSX = fileURLToPath(
  new URL('../../../../../shared/data/unodc/drug_seizures_2018_2022.xlsx', import.meta.url),
);

const groupName = (term: DrugTerm): string[] => [
  ...(DRUG_GROUPS.find((g) => g.code === term.group)?.unodcNames ?? []),
];
const key = (t: Triple): string => `${t.drugGroup} | ${t.drugSubGroup} | ${t.drugName}`;

describe('UNODC coverage', () => {
  it('reads the 180 distinct triples of the export', () => {
    expect(triples).toHaveLength(180);
    expect(new Set(triples.map(key)).size).toBe(180);
  });

  it('maps every UNODC DrugName to exactly one term', () => {
    for (const { drugName } of triples) {
      const holders = DRUGS.filter((term) => (term.unodcNames as readonly string[]).includes(drugName));
      expect(
        holders.map((t) => t.code),
        drugName,
      ).toHaveLength(1);
      expect(drugForUnodcName(drugName)?.code).toBe(holders[0]?.code);
    }
  });

  it('uses only names that occur in the export', () => {
    const names = new Set(triples.map((t) => t.drugName));
    for (const term of DRUGS) {
      for (const name of term.unodcNames) expect(names.has(name), `${term.code}: ${name}`).toBe(true);
    }
  });

  it('files every term under a (DrugGroup, DrugSubGroup) pair of the export', () => {
    const pairs = new Set(triples.map((t) => `${t.drugGroup} | ${t.drugSubGroup}`));
    for (const term of DRUGS) {
      const pair = `${groupName(term)[0]} | ${term.subGroup}`;
      expect(pairs.has(pair), `${term.code}: ${pair}`).toBe(true);
    }
  });

  it('maps across UNODC drug groups only where the substance says so', () => {
    const crossing = triples
      .filter((t) => {
        const term = drugForUnodcName(t.drugName);
        return term !== undefined && !groupName(term).includes(t.drugGroup);
      })
      .map((t) => `${t.drugName} (${t.drugGroup}) → ${drugForUnodcName(t.drugName)?.code}`)
      .sort();
    expect(crossing).toEqual(
      [
        // Fluorinated ethylamphetamines are NPS, not prescription stimulants.
        '3-Fluoroethamphetamine (3-FEA) (Amphetamine-type stimulants (excluding “ecstasy”)) → nps_phenethylamines',
        '4-Fluoroethamphetamine (Amphetamine-type stimulants (excluding “ecstasy”)) → nps_phenethylamines',
        // One substance filed by some countries under another group.
        'Gamma-Hydroxybutyric acid (GHB) (Any other drugs/substances) → ghb',
        'JWH-018 (Any other drugs/substances) → synthetic_cannabinoids',
        'JWH-018 (Cannabis-type drugs (excluding synthetic cannabinoids)) → synthetic_cannabinoids',
        'Mushrooms (hallucinogenic) (NPS) → hallucinogenic_mushrooms',
        'Other drugs/substances (Sedatives and tranquillizers) → other_substances',
        'Other hallucinogens (NPS) → hallucinogens_other',
        'Piperazines (Any other drugs/substances) → nps_piperazines',
        'Synthetic cannabinoids under international control (Any other drugs/substances) → synthetic_cannabinoids',
        // A hypnotic, not a hallucinogen.
        'Zopiclone (Hallucinogens) → sedatives_other',
      ].sort(),
    );
  });

  it('marks the reported totals as aggregates, and nothing else', () => {
    for (const t of triples) {
      const isTotal =
        t.drugSubGroup.startsWith('Reported total') || /^(Total |Cocaine \(total)/.test(t.drugName);
      expect(drugForUnodcName(t.drugName)?.aggregate ?? false, key(t)).toBe(isTotal);
    }
  });

  it.skipIf(!existsSync(UNODC_XLSX))('matches the workbook itself', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(UNODC_XLSX);
    const sheet = workbook.worksheets[0];
    const found = new Set<string>();
    sheet?.eachRow((row, number) => {
      if (number <= 2) return; // title row, header row
      const cell = (column: number): string => {
        const value = row.getCell(column).value;
        return typeof value === 'string' ? value : `(not text: ${JSON.stringify(value)})`;
      };
      found.add(key({ drugGroup: cell(4), drugSubGroup: cell(5), drugName: cell(6) }));
    });
    expect([...found].sort()).toEqual(triples.map(key).sort());
  });
});
