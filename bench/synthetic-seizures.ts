import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Synthetic seizure reports for the import and query benchmarks: deterministic (a seeded generator),
 * one CSV row per drug line, the columns an agency's spreadsheet has, with the mix of spellings real
 * files have (codes, English and Russian labels, ISO and dotted dates, decimal commas).
 */

/** One drug line of a synthetic seizure, as the spreadsheet writes it. */
export interface SyntheticLine {
  drug: string;
  form: string;
  quantity: string;
  unit: string;
  purity: string;
}

/** One synthetic seizure report with its lines. */
export interface SyntheticSeizure {
  reference: string;
  date: string;
  country: string;
  region: string;
  locality: string;
  borderCrossing: string;
  transport: string;
  concealment: string;
  route: string;
  distribution: string;
  narrative: string;
  lines: SyntheticLine[];
}

/** The CSV header, in file order; the mapping of `bench/seizure-import.ts` names these columns. */
export const CSV_COLUMNS = [
  'Reference',
  'Date',
  'Country',
  'Region',
  'Locality',
  'Border crossing',
  'Transport',
  'Concealment',
  'Drug',
  'Form',
  'Quantity',
  'Unit',
  'Purity',
  'Route',
  'Distribution',
  'Narrative',
] as const;

/** Mulberry32: small, fast, and the same sequence on every machine. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

const COUNTRIES = [
  'KZ',
  'KZ',
  'KZ',
  'UZ',
  'UZ',
  'KG',
  'TJ',
  'TJ',
  'TM',
  'AF',
  'RU',
  'Kazakhstan',
  'Узбекистан',
];
const REGIONS = [
  'Алматинская область',
  'Туркестанская область',
  'Sughd',
  'Khatlon',
  'Ферганская область',
  'Osh',
  'Batken',
  '',
];
const LOCALITIES = [
  'Алматы',
  'Шымкент',
  'Душанбе',
  'Khujand',
  'Ташкент',
  'Bishkek',
  'Ош',
  'Termez',
  'Nur-Sultan',
  '',
];
const CROSSINGS = ['', '', '', 'Жибек Жолы', 'Dostyk', 'Fotehobod', 'Айритам', 'Panji Poyon'];
const TRANSPORT = ['road', 'road', 'rail', 'air', 'post', 'on_foot', 'Road', 'железнодорожный транспорт', ''];
const CONCEALMENT = [
  'vehicle_secret_compartment',
  'hand_baggage',
  'checked_baggage',
  'cargo',
  'on_body_pockets',
  'body_cavity_swallowed',
  'post_parcels',
  'в грузе',
];
const DRUGS = [
  { drug: 'heroin', units: ['kg', 'g'] },
  { drug: 'heroin', units: ['kg'] },
  { drug: 'Героин', units: ['kg', 'g'] },
  { drug: 'opium', units: ['kg'] },
  { drug: 'cannabis_resin', units: ['kg', 'g'] },
  { drug: 'cannabis_herb', units: ['kg'] },
  { drug: 'methamphetamine', units: ['g', 'kg', 'tablets'] },
  { drug: 'amphetamine', units: ['tablets', 'g'] },
  { drug: 'cocaine_salts', units: ['g'] },
] as const;
const ROUTE = ['AF', 'TJ', 'UZ', 'KG', 'KZ', 'RU', 'IR', 'TM', 'CN'];
const DISTRIBUTION = [
  'all_members',
  'all_members',
  'all_members',
  'own_country',
  'own_agency',
  'members_and_observers',
];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The seizures whose lines make `rows` drug lines in all (1 line for 60 % of seizures, 2 for 30 %,
 * 3 for 10 %: about 1.5 lines a seizure), references unique, in the order a file lists them.
 */
export function* syntheticSeizures(rows: number, seed = 20261203): Generator<SyntheticSeizure> {
  const r = generator(seed);
  let written = 0;
  for (let n = 1; written < rows; n++) {
    const roll = r.next();
    const count = Math.min(roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3, rows - written);
    written += count;
    const year = 2015 + r.int(11);
    const month = 1 + r.int(12);
    const day = 1 + r.int(28);
    const pad = (v: number) => String(v).padStart(2, '0');
    const date = r.next() < 0.5 ? `${year}-${pad(month)}-${pad(day)}` : `${pad(day)}.${pad(month)}.${year}`;
    const legs = r.int(4);
    const start = r.int(ROUTE.length);
    const route = Array.from({ length: legs }, (_, i) => ROUTE[(start + i * 2) % ROUTE.length]!).join(', ');
    const concealment =
      r.next() < 0.3
        ? `${r.pick(CONCEALMENT)}, ${r.pick(CONCEALMENT)}`
        : r.next() < 0.8
          ? r.pick(CONCEALMENT)
          : '';
    const lines: SyntheticLine[] = [];
    for (let i = 0; i < count; i++) {
      const d = r.pick(DRUGS);
      const unit = r.pick(d.units);
      const whole = unit === 'tablets' ? 10 + r.int(20000) : r.int(unit === 'g' ? 900 : 120);
      const quantity =
        unit === 'tablets' ? String(whole) : `${whole}${r.next() < 0.3 ? ',' : '.'}${r.int(1000)}`;
      lines.push({
        drug: d.drug,
        form: r.next() < 0.2 ? 'powder' : '',
        quantity: r.next() < 0.02 ? '' : quantity === '0.0' || quantity === '0,0' ? '0.5' : quantity,
        unit,
        purity: r.next() < 0.15 ? String(5 + r.int(90)) : '',
      });
    }
    yield {
      reference: `BENCH-${year}-${String(n).padStart(7, '0')}`,
      date,
      country: r.pick(COUNTRIES),
      region: r.pick(REGIONS),
      locality: r.pick(LOCALITIES),
      borderCrossing: r.pick(CROSSINGS),
      transport: r.pick(TRANSPORT),
      concealment,
      route,
      distribution: r.pick(DISTRIBUTION),
      narrative:
        r.next() < 0.5
          ? `Досмотр автомашины, обнаружено ${lines.length} свертка(ов); задержан гражданин ${r.int(1000)}`
          : `Vehicle search at checkpoint ${r.int(500)}, "${lines[0]!.drug}" found`,
      lines,
    };
  }
}

/** The CSV rows (one per drug line) of a seizure. */
export function csvLines(s: SyntheticSeizure): string {
  let out = '';
  for (const l of s.lines) {
    const cells = [
      s.reference,
      s.date,
      s.country,
      s.region,
      s.locality,
      s.borderCrossing,
      s.transport,
      s.concealment,
      l.drug,
      l.form,
      l.quantity,
      l.unit,
      l.purity,
      s.route,
      s.distribution,
      s.narrative,
    ];
    out += `${cells.map(csvCell).join(',')}\n`;
  }
  return out;
}

/** Writes the synthetic CSV of `rows` drug lines to `file`, streamed (1 M rows in a few seconds). */
export async function writeSeizureCsv(
  file: string,
  rows: number,
  seed?: number,
): Promise<{ seizures: number }> {
  const out = createWriteStream(file);
  let buffer = `${CSV_COLUMNS.join(',')}\n`;
  let seizures = 0;
  for (const s of syntheticSeizures(rows, seed)) {
    seizures += 1;
    buffer += csvLines(s);
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { seizures };
}
