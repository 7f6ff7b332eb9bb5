/**
 * One data row of a mapped spreadsheet → one drug line of a seizure, with the seizure's header fields
 * and every problem named by row and column. Look-ups are built once per file (`createSeizureRowMapper`),
 * so a row costs a few map look-ups and no query.
 */
import { createHash } from 'node:crypto';
import { cellsOutsideHeader, type HeaderMap } from './header.js';
import {
  parseCoordinate,
  parseDate,
  parsePercent,
  parseQuantity,
  parseTime,
  parseYesNo,
  splitList,
  type Parsed,
} from './cell-values.js';
import type { SeizureMapping, SeizureTargetField } from './mapping.js';
import { hasErrors, problemAt, type ImportProblem, type ProblemCode } from './problems.js';
import type { TableRow } from './table-row.js';
import { countryLookup, vocabularyLookup, type ValueLookup } from './value-lookup.js';
import type { VocabularyName } from '../vocabularies/index.js';
import type { Sharing } from '../records.schema.js';

/** A person named on a row: becomes (or updates) a Person record linked to the seizure. */
export interface RowPerson {
  name: string;
  role: string | null;
  nationality: string | null;
  arrested: boolean | null;
}

/** The header of a seizure as its first row gives it. */
export interface RowHeader {
  reference: string;
  occurredOn: string;
  occurredTime: string | null;
  country: string;
  region: string | null;
  locality: string | null;
  latitude: number | null;
  longitude: number | null;
  placeKind: string | null;
  borderCrossing: string | null;
  transportMode: string | null;
  concealment: string[];
  narrative: string | null;
  route: { role: 'origin' | 'departure' | 'transit' | 'destination'; country: string }[];
  sharing: Sharing;
}

/** A drug line as one row gives it. */
export interface RowLine {
  drug: string;
  form: string | null;
  quantity: string | null;
  unit: string;
  purityPercent: string | null;
}

/** A mapped row: its seizure's natural key, the header, its line and parties; `ok` false when it has an error. */
export interface SeizureRow {
  rowNumber: number;
  /** The seizure's natural key within the source: external id, else reference, else a row fingerprint. */
  externalId: string;
  header: RowHeader;
  line: RowLine;
  person: RowPerson | null;
  vehiclePlate: string | null;
  problems: ImportProblem[];
  ok: boolean;
}

const VOCABULARY_OF: Partial<Record<SeizureTargetField, VocabularyName>> = {
  placeKind: 'place_kinds',
  transport: 'transport',
  concealment: 'concealment',
  drug: 'drugs',
  form: 'forms',
  unit: 'units',
  personRole: 'person_roles',
  distribution: 'distribution',
  handlingCode: 'handling',
};

const TEXT_LIMITS: Partial<Record<SeizureTargetField, number>> = {
  reference: 100,
  externalId: 200,
  region: 200,
  locality: 200,
  borderCrossing: 200,
  personName: 300,
  vehiclePlate: 50,
  narrative: 20_000,
};

/** Where the mapped fields and route columns are in the header (0-based cell indexes). */
function columnIndexes(header: HeaderMap, mapping: SeizureMapping) {
  const indexOf = new Map<SeizureTargetField, number>();
  for (const [field, column] of Object.entries(mapping.columns) as [SeizureTargetField, string][]) {
    const index = header.columns.get(column);
    if (index !== undefined) indexOf.set(field, index);
  }
  const routeIndexes = mapping.routeColumns
    .map((column) => ({ column, index: header.columns.get(column) }))
    .filter((c): c is { column: string; index: number } => c.index !== undefined);
  return { indexOf, routeIndexes };
}

/** A row's seizure key, and the field it was taken from (null for a fingerprint). */
export interface RowKey {
  key: string;
  field: 'externalId' | 'reference' | null;
}

/**
 * A function from a data row to its seizure's natural key within the source — the external id, else
 * the reference (each when present and within its length limit), else `fp:` and a fingerprint of the
 * row's mapped cells — without mapping the rest of the row. The row mapper takes its key from it.
 */
export function createNaturalKey(header: HeaderMap, mapping: SeizureMapping): (row: TableRow) => RowKey {
  const { indexOf, routeIndexes } = columnIndexes(header, mapping);
  const within = (row: TableRow, field: 'externalId' | 'reference'): string | null => {
    const index = indexOf.get(field);
    const value = index === undefined ? '' : (row.cells[index] ?? '').trim();
    // A text over its limit is refused by the mapper, so it is no key either.
    return value === '' || value.length > TEXT_LIMITS[field]! ? null : value;
  };
  return (row) => {
    const externalId = within(row, 'externalId');
    if (externalId !== null) return { key: externalId, field: 'externalId' };
    const reference = within(row, 'reference');
    if (reference !== null) return { key: reference, field: 'reference' };
    return { key: `fp:${rowFingerprint(row, indexOf, routeIndexes)}`, field: null };
  };
}

/** A function from a data row to its mapped value and problems, with the look-ups built once. */
export function createSeizureRowMapper(header: HeaderMap, mapping: SeizureMapping) {
  const lookups = new Map<SeizureTargetField, ValueLookup>();
  for (const [field, vocab] of Object.entries(VOCABULARY_OF) as [SeizureTargetField, VocabularyName][]) {
    lookups.set(field, vocabularyLookup(vocab, mapping.values[field]));
  }
  const countryValues = countryLookup({ ...mapping.values.country });
  const nationalities = countryLookup({ ...mapping.values.personNationality });
  const { indexOf, routeIndexes } = columnIndexes(header, mapping);
  const naturalKey = createNaturalKey(header, mapping);
  const fieldOfColumn = new Map([...header.columns].map(([name, index]) => [index + 1, name]));

  return (row: TableRow): SeizureRow => {
    const problems: ImportProblem[] = row.problems.map((p) =>
      withField(p, fieldOfColumn.get(p.column ?? -1)),
    );
    problems.push(...cellsOutsideHeader(row, header));
    const cellAt = (index: number | undefined) =>
      index === undefined ? '' : (row.cells[index] ?? '').trim();
    const cell = (field: SeizureTargetField) => cellAt(indexOf.get(field));
    const report = (field: SeizureTargetField | null, code: ProblemCode, text: string, column?: string) => {
      const name = column ?? (field ? mapping.columns[field] : undefined) ?? null;
      const index = name === null ? undefined : header.columns.get(name);
      problems.push(
        problemAt(
          { row: row.rowNumber, column: index === undefined ? null : index + 1, field: name ?? field },
          'error',
          code,
          text,
        ),
      );
    };
    const parsed = <T>(field: SeizureTargetField, parse: (text: string) => Parsed<T>): T | null => {
      const text = cell(field);
      if (text === '') return null;
      const result = parse(text);
      if (result.ok) return result.value;
      report(
        field,
        field === 'quantity' && result.reason.includes('negative') ? 'out-of-range' : 'invalid-value',
        result.reason,
      );
      return null;
    };
    const text = (field: SeizureTargetField): string | null => {
      const value = cell(field);
      if (value === '') return null;
      const limit = TEXT_LIMITS[field] ?? 500;
      if (value.length > limit) {
        report(field, 'out-of-range', `the text is longer than ${limit} characters.`);
        return null;
      }
      return value;
    };
    const term = (field: SeizureTargetField, value = cell(field)): string | null => {
      if (value === '') return null;
      const code = lookups.get(field)!.find(value);
      if (code === undefined) {
        report(
          field,
          'invalid-value',
          `"${value}" is not a known ${VOCABULARY_OF[field]!.replace('_', ' ')} term (code or English or Russian label).`,
        );
        return null;
      }
      return code;
    };
    const required = (field: SeizureTargetField, value: unknown) => {
      if ((value === null || value === '') && !problems.some((p) => p.field === mapping.columns[field])) {
        report(field, 'required', 'the cell is empty.');
      }
    };

    const occurredOn = parsed('date', (t) => parseDate(t, mapping.dateOrder));
    required('date', occurredOn);
    const country = countryOf(cell('country'), mapping.defaultCountry ?? null, countryValues, (t) =>
      report('country', 'unknown-country', t),
    );
    if (mapping.columns.country) required('country', country);
    const drug = term('drug');
    required('drug', drug);
    const quantity = parsed('quantity', parseQuantity);
    const unit = term('unit') ?? (cell('unit') === '' ? (mapping.defaultUnit ?? null) : null);
    if (unit === null && !problems.some((p) => p.field === mapping.columns.unit)) {
      report('unit', 'required', 'the unit is empty and the mapping gives no default unit.');
    }
    const concealment: string[] = [];
    for (const value of splitList(cell('concealment'))) {
      const code = term('concealment', value);
      if (code) concealment.push(code);
    }
    const route: RowHeader['route'] = [];
    for (const { column, index } of routeIndexes) {
      for (const value of splitList(cellAt(index))) {
        const code = countryValues.find(value);
        if (code === undefined) {
          report(null, 'unknown-country', `"${value}" is not a country known to Northroute.`, column);
        } else route.push({ role: 'transit', country: code });
      }
    }
    if (route.length > 0) route[0]!.role = 'origin';
    if (route.length > 1) route[route.length - 1]!.role = 'destination';
    if (route.length > 30) {
      report(null, 'out-of-range', 'a route has at most 30 countries.', routeIndexes[0]?.column);
    }

    const sharing = sharingOf(mapping.sharing, term('distribution'), term('handlingCode'), report);
    const personName = text('personName');
    const nationalityText = cell('personNationality');
    const nationality = nationalityText === '' ? null : (nationalities.find(nationalityText) ?? null);
    if (nationalityText !== '' && nationality === null) {
      report(
        'personNationality',
        'unknown-country',
        `"${nationalityText}" is not a country known to Northroute.`,
      );
    }
    const person: RowPerson | null = personName
      ? {
          name: personName,
          role: term('personRole'),
          nationality,
          arrested: parsed('personArrested', parseYesNo),
        }
      : null;

    const reference = text('reference');
    const externalId = text('externalId') ?? reference;
    const { key } = naturalKey(row);
    const fields: RowHeader = {
      // Without id and reference the key is `fp:` and the fingerprint.
      reference: reference ?? externalId ?? `IMP-${key.slice(3, 15).toUpperCase()}`,
      occurredOn: occurredOn ?? '',
      occurredTime: parsed('time', parseTime),
      country: country ?? '',
      region: text('region'),
      locality: text('locality'),
      latitude: parsed('latitude', (t) => parseCoordinate(t, 90)),
      longitude: parsed('longitude', (t) => parseCoordinate(t, 180)),
      placeKind: term('placeKind'),
      borderCrossing: text('borderCrossing'),
      transportMode: term('transport'),
      concealment: [...new Set(concealment)],
      narrative: text('narrative'),
      route,
      sharing,
    };
    return {
      rowNumber: row.rowNumber,
      externalId: key,
      header: fields,
      line: {
        drug: drug ?? '',
        form: term('form'),
        quantity,
        unit: unit ?? '',
        purityPercent: parsed('purity', parsePercent),
      },
      person,
      vehiclePlate: text('vehiclePlate'),
      problems,
      ok: !hasErrors(problems),
    };
  };
}

function countryOf(
  value: string,
  fallback: string | null,
  lookup: ValueLookup,
  report: (text: string) => void,
) {
  if (value === '') return fallback;
  const code = lookup.find(value);
  if (code === undefined) {
    report(`"${value}" is not a country known to Northroute (ISO code or English or Russian name).`);
  }
  return code ?? null;
}

/** The mapping's sharing with a row's distribution and handling code; what a spreadsheet cannot say is refused. */
function sharingOf(
  base: Sharing,
  distribution: string | null,
  handling: string | null,
  report: (field: SeizureTargetField, code: ProblemCode, text: string) => void,
): Sharing {
  const sharing = { ...base };
  if (distribution) {
    if (distribution === 'named_agencies') {
      report(
        'distribution',
        'invalid-value',
        'named agencies cannot be given in a spreadsheet; set them in the mapping.',
      );
    } else {
      sharing.distribution = distribution as Sharing['distribution'];
      sharing.distributionAgencies = [];
    }
  }
  if (handling) {
    if (handling === 'H3' && !base.handlingRestriction) {
      report(
        'handlingCode',
        'invalid-value',
        'H3 needs a restriction text; set the sharing of the mapping to H3 with it.',
      );
    } else sharing.handlingCode = handling as Sharing['handlingCode'];
  }
  return sharing;
}

/** A row without reference or id is known by what it says: the same row imported again is the same seizure. */
function rowFingerprint(
  row: TableRow,
  indexOf: Map<SeizureTargetField, number>,
  routes: { index: number }[],
): string {
  const parts = [...indexOf.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([field, index]) => `${field}=${(row.cells[index] ?? '').trim()}`);
  for (const { index } of routes) parts.push(`route=${(row.cells[index] ?? '').trim()}`);
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32);
}

/** A reading problem about a cell, given the name of the column it is in. */
function withField(problem: ImportProblem, field: string | undefined): ImportProblem {
  if (field === undefined || problem.field !== null) return problem;
  const message = problem.message.replace(/^(Row \d+, column [A-Z]+)/, `$1 (${field})`);
  return { ...problem, field, message };
}
