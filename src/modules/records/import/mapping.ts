/**
 * A column mapping: which column of an agency's spreadsheet holds which field of a seizure report,
 * how its vocabulary values translate, and the defaults for what the file does not say. Mappings are
 * saved by name (`import_mappings`) and reused by the CLI (`--mapping NAME`) and the web app.
 */
import { z } from 'zod';
import { Sharing } from '../records.schema.js';
import type { ExpectedColumn } from './header.js';
import { normaliseHeader } from './header.js';

/** Single-valued fields of a seizure row, in the order the web app shows them. */
export const SEIZURE_TARGET_FIELDS = [
  'reference',
  'externalId',
  'date',
  'time',
  'country',
  'region',
  'locality',
  'latitude',
  'longitude',
  'placeKind',
  'borderCrossing',
  'transport',
  'concealment',
  'drug',
  'form',
  'quantity',
  'unit',
  'purity',
  'personName',
  'personRole',
  'personNationality',
  'personArrested',
  'vehiclePlate',
  'narrative',
  'distribution',
  'handlingCode',
] as const;
export type SeizureTargetField = (typeof SEIZURE_TARGET_FIELDS)[number];

/** Fields that tell seizures apart or that a seizure cannot lack. */
export const REQUIRED_TARGETS: readonly SeizureTargetField[] = ['date', 'country', 'drug'];

const ColumnName = z.string().trim().min(1).max(200);

/** Source values of a vocabulary field mapped to codes by hand ("геро" → heroin), on top of the labels. */
const ValueMap = z.record(z.string().min(1).max(200), z.string().min(1).max(100));

export const SeizureMapping = z
  .object({
    /** Target field → the source column's header text. */
    columns: z.partialRecord(z.enum(SEIZURE_TARGET_FIELDS), ColumnName).default({}),
    /** Columns holding route countries, in route order (a cell may list several: "AF, TJ, KG"). */
    routeColumns: z.array(ColumnName).max(30).default([]),
    /** Per target field, source value → vocabulary code. */
    values: z.partialRecord(z.enum(SEIZURE_TARGET_FIELDS), ValueMap).default({}),
    /** The natural-key source of the imported seizures: the same for every file of one series. */
    source: z.string().trim().min(1).max(200).optional(),
    /** How an ambiguous `01/02/2024` reads; ISO and `31.12.2024` are always understood. */
    dateOrder: z.enum(['dmy', 'mdy']).default('dmy'),
    /** The unit when no column gives one. */
    defaultUnit: z.string().min(1).max(100).optional(),
    /** The country when no column gives one (an agency's own files). */
    defaultCountry: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    /** The sharing of every imported seizure; a distribution or handling column overrides it per row. */
    sharing: Sharing.default({
      distribution: 'own_agency',
      distributionAgencies: [],
      handlingCode: 'H0',
      statisticsOnly: false,
    }),
  })
  .strict()
  .superRefine((m, ctx) => {
    const used = new Map<string, string>();
    for (const [field, column] of Object.entries(m.columns)) {
      const key = normaliseHeader(column);
      const other = used.get(key);
      if (other) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', field],
          message: `The column "${column}" is already mapped to ${other}`,
        });
      }
      used.set(key, field);
    }
    if (!m.columns.date) {
      ctx.addIssue({ code: 'custom', path: ['columns', 'date'], message: 'Map a date column' });
    }
    if (!m.columns.drug) {
      ctx.addIssue({ code: 'custom', path: ['columns', 'drug'], message: 'Map a drug column' });
    }
    if (!m.columns.country && !m.defaultCountry) {
      ctx.addIssue({
        code: 'custom',
        path: ['columns', 'country'],
        message: 'Map a country column or give a default',
      });
    }
    if (!m.columns.quantity && !m.columns.unit && !m.defaultUnit) {
      // A line without quantity is allowed (unknown), but its unit must be known somehow.
      ctx.addIssue({
        code: 'custom',
        path: ['defaultUnit'],
        message: 'Map a unit column or give a default unit',
      });
    }
  });
export type SeizureMapping = z.infer<typeof SeizureMapping>;
export type SeizureMappingInput = z.input<typeof SeizureMapping>;

/** The columns the header search looks for: every mapped one, each required (a mapping names it). */
export function expectedColumns(mapping: SeizureMapping): ExpectedColumn[] {
  const names = [...Object.values(mapping.columns), ...mapping.routeColumns];
  return [...new Set(names)].map((name) => ({ name }));
}

/** Header names an agency's files commonly use for each field, in English and Russian (normalised). */
const SUGGESTIONS: Record<SeizureTargetField, readonly string[]> = {
  reference: [
    'reference',
    'ref',
    'case',
    'case number',
    'номер',
    'номер дела',
    'рег. номер',
    'регистрационный номер',
  ],
  externalId: ['id', 'external id', 'record id', 'идентификатор', 'код записи'],
  date: ['date', 'seizure date', 'date of seizure', 'дата', 'дата изъятия'],
  time: ['time', 'время'],
  country: ['country', 'страна', 'государство'],
  region: ['region', 'province', 'oblast', 'регион', 'область'],
  locality: ['locality', 'place', 'city', 'town', 'населенный пункт', 'населённый пункт', 'место'],
  latitude: ['latitude', 'lat', 'широта'],
  longitude: ['longitude', 'lon', 'lng', 'долгота'],
  placeKind: ['place kind', 'kind of place', 'location type', 'тип места', 'вид места'],
  borderCrossing: ['border crossing', 'checkpoint', 'пункт пропуска', 'кпп'],
  transport: ['transport', 'transport mode', 'вид транспорта', 'транспорт'],
  concealment: ['concealment', 'concealment method', 'способ сокрытия', 'сокрытие'],
  drug: ['drug', 'substance', 'drug name', 'наркотик', 'вещество', 'наименование'],
  form: ['form', 'drug form', 'форма'],
  quantity: ['quantity', 'amount', 'weight', 'kilograms', 'количество', 'вес', 'масса'],
  unit: ['unit', 'units', 'единица', 'ед. изм.', 'единица измерения'],
  purity: ['purity', 'purity %', 'чистота', 'концентрация'],
  personName: ['person', 'name', 'suspect', 'full name', 'фио', 'лицо', 'задержанный'],
  personRole: ['role', 'person role', 'роль'],
  personNationality: ['nationality', 'citizenship', 'гражданство'],
  personArrested: ['arrested', 'detained', 'задержан', 'арестован'],
  vehiclePlate: ['vehicle', 'plate', 'registration number', 'госномер', 'номер тс', 'транспортное средство'],
  narrative: ['narrative', 'description', 'notes', 'фабула', 'описание', 'примечание'],
  distribution: ['distribution', 'распространение', 'рассылка'],
  handlingCode: ['handling', 'handling code', 'код обработки'],
};

const ROUTE_HEADERS = [
  'route',
  'route countries',
  'маршрут',
  'origin',
  'transit',
  'destination',
  'страна происхождения',
  'транзит',
  'страна назначения',
];

/**
 * A first mapping for a header row: each target field takes the first column whose name is one of the
 * usual names for it. The user checks and corrects it; nothing is imported on a guess alone.
 */
export function suggestMapping(headerCells: readonly string[]): SeizureMappingInput {
  const columns: Partial<Record<SeizureTargetField, string>> = {};
  const taken = new Set<number>();
  for (const field of SEIZURE_TARGET_FIELDS) {
    const names = new Set([normaliseHeader(field), ...SUGGESTIONS[field].map(normaliseHeader)]);
    const index = headerCells.findIndex((cell, i) => !taken.has(i) && names.has(normaliseHeader(cell)));
    if (index >= 0) {
      columns[field] = headerCells[index]!.trim();
      taken.add(index);
    }
  }
  const route = new Set(ROUTE_HEADERS.map(normaliseHeader));
  const routeColumns = headerCells
    .filter(
      (cell, i) =>
        !taken.has(i) && (route.has(normaliseHeader(cell)) || /^(transit|транзит)\s*\d+$/i.test(cell.trim())),
    )
    .map((cell) => cell.trim());
  return { columns, routeColumns };
}
