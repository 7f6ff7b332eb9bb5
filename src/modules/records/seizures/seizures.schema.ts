import { z } from 'zod';
import countries from 'i18n-iso-countries';
import { LIMITS } from '../../../platform/limits.js';
import { RECORD_SCHEMATA } from '../ftm.js';
import { Sharing } from '../records.schema.js';
import { isVocabularyCode, type VocabularyName } from '../vocabularies/index.js';

/** A code of one of the controlled vocabularies (vocabularies/), checked against its terms. */
function vocabulary(name: VocabularyName) {
  return z
    .string()
    .max(100)
    .refine((code) => isVocabularyCode(name, code), { message: `Not a code of the ${name} vocabulary` });
}

/** An ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code in capitals')
  .refine((c) => countries.isValid(c), { message: 'Not an ISO 3166-1 country' });

/** A reported decimal quantity: digits, at most one point, as text so nothing is lost to floats. */
const DecimalText = z
  .string()
  .trim()
  .regex(/^\d{1,30}(\.\d{1,30})?$/, 'A decimal number such as 12.5 (point as separator)');

const Text = (max: number) => z.string().trim().min(1).max(max);

export const DrugLine = z
  .object({
    drug: vocabulary('drugs'),
    form: vocabulary('forms').optional(),
    /** Omitted: the quantity is unknown (counted apart in statistics, never as zero). */
    quantity: DecimalText.refine((v) => /[1-9]/.test(v), { message: 'A quantity above zero' }).optional(),
    unit: vocabulary('units'),
    /** Kilograms per litre, for volume units (the explicit rule of vocabularies/quantity.ts). */
    densityKgPerLitre: DecimalText.optional(),
    /** Grams per tablet, ampoule or plant, for counted units. */
    unitMassGrams: DecimalText.optional(),
    purityPercent: DecimalText.refine((v) => Number(v) <= 100, { message: 'At most 100' }).optional(),
    packaging: Text(500).optional(),
    markings: Text(500).optional(),
  })
  .strict();
export type DrugLine = z.infer<typeof DrugLine>;

export const ROUTE_ROLES = ['origin', 'departure', 'transit', 'destination'] as const;

export const RouteLeg = z
  .object({ role: z.enum(ROUTE_ROLES), country: CountryCode, place: Text(300).optional() })
  .strict();
export type RouteLeg = z.infer<typeof RouteLeg>;

/** A new person, vehicle or organisation entered with the seizure (quick add); it gets the seizure's sharing. */
const NewPartyRecord = z
  .object({
    schema: z.enum(RECORD_SCHEMATA),
    properties: z.record(z.string().min(1).max(100), z.array(z.string().max(2000)).max(50)),
  })
  .strict();

export const Party = z
  .object({
    /** An existing record the actor may see… */
    recordId: z.uuid().optional(),
    /** …or a new one created in the same transaction. */
    newRecord: NewPartyRecord.optional(),
    /** Person role (courier, organiser, recipient, driver…); none for vehicles. */
    role: vocabulary('person_roles').optional(),
    arrested: z.boolean().optional(),
  })
  .strict()
  .refine((p) => (p.recordId === undefined) !== (p.newRecord === undefined), {
    message: 'Give exactly one of recordId and newRecord',
    path: ['recordId'],
  });
export type Party = z.infer<typeof Party>;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A full date must exist in the calendar (no 30 February); partial dates always do. */
function isCalendarDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  if (value.length < 10) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const SeizureFields = {
  reference: Text(100),
  /** YYYY-MM-DD, YYYY-MM or YYYY (a partial date keeps its precision). */
  occurredOn: z
    .string()
    .regex(PARTIAL_DATE, 'YYYY-MM-DD, YYYY-MM or YYYY')
    .refine(isCalendarDate, { message: 'Not a calendar date' }),
  occurredTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM')
    .optional(),
  country: CountryCode,
  region: Text(200).optional(),
  locality: Text(200).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  placeKind: vocabulary('place_kinds').optional(),
  borderCrossing: Text(200).optional(),
  /** Defaults to the actor's agency. */
  seizingAgencyId: z.uuid().optional(),
  transportMode: vocabulary('transport').optional(),
  concealment: z.array(vocabulary('concealment')).max(20).default([]),
  narrative: z.string().trim().max(20_000).optional(),
  operationReference: Text(200).optional(),
  drugs: z.array(DrugLine).min(1, 'At least one drug line').max(50),
  route: z.array(RouteLeg).max(30).default([]),
  parties: z.array(Party).max(100).default([]),
  sharing: Sharing,
};

export const CreateSeizureBody = z
  .object({
    ...SeizureFields,
    source: Text(200).optional(),
    externalId: Text(200).optional(),
  })
  .strict();
export type CreateSeizureBody = z.infer<typeof CreateSeizureBody>;

/** A full replacement of the report (the form sends it whole), guarded by the version it edited. */
export const UpdateSeizureBody = z.object({ version: z.number().int().min(1), ...SeizureFields }).strict();
export type UpdateSeizureBody = z.infer<typeof UpdateSeizureBody>;

export const SEIZURE_SORTS = [
  'occurredOn',
  '-occurredOn',
  'totalKg',
  '-totalKg',
  'reference',
  '-reference',
] as const;

/** The filters of the seizure list, of its exports and of statistics drill-down. */
export const SeizureFilter = z
  .object({
    country: CountryCode.optional(),
    ownerAgencyId: z.uuid().optional(),
    drug: vocabulary('drugs').optional(),
    drugGroup: vocabulary('drug_groups').optional(),
    /**
     * A statistics drill-down: seizures with a line that statistics count as this drug, a substance
     * reported under another term included where it joins that term's figure (raw opium as opium).
     */
    statisticsDrug: vocabulary('drugs').optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    transportMode: vocabulary('transport').optional(),
    concealment: vocabulary('concealment').optional(),
    routeCountry: CountryCode.optional(),
    q: z.string().trim().min(1).max(LIMITS.search.max).optional(),
  })
  .strict();
export type SeizureFilter = z.infer<typeof SeizureFilter>;

export const ListSeizuresQuery = SeizureFilter.extend({
  sort: z.enum(SEIZURE_SORTS).default('-occurredOn'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize.max).default(50),
}).strict();
export type ListSeizuresQuery = z.infer<typeof ListSeizuresQuery>;

export const SeizureIdParams = z.object({ id: z.uuid() }).strict();
