import { z } from 'zod';
import { LIMITS } from '../../../platform/limits.js';
import { RECORD_SCHEMATA } from '../ftm.js';
import { CountryCode, SeizureFilter } from '../seizures/seizures.schema.js';
import { EXPORT_PURPOSES } from './export.rules.js';

/** File formats: CSV, XLSX, and FollowTheMoney JSON lines (entities). */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const purpose = z.enum(EXPORT_PURPOSES).default('operational');

/** `GET /exports/seizures`: the seizure list's filters, a format and a purpose. */
export const ExportSeizuresQuery = SeizureFilter.extend({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  purpose,
}).strict();
export type ExportSeizuresQuery = z.infer<typeof ExportSeizuresQuery>;

/** `GET /exports/records`: entities and links, by schema, caption text and owner. */
export const ExportRecordsQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS).default('csv'),
    purpose,
    schema: z.enum(RECORD_SCHEMATA).optional(),
    q: z.string().trim().min(1).max(LIMITS.search.max).optional(),
    ownerAgencyId: z.uuid().optional(),
  })
  .strict();
export type ExportRecordsQuery = z.infer<typeof ExportRecordsQuery>;

const Year = z.coerce.number().int().min(1900).max(2100);

/** `GET /exports/statistics`: statistical records (country–year–drug figures) as a table. */
export const ExportStatisticsQuery = z
  .object({
    format: z.enum(['csv', 'xlsx']).default('csv'),
    purpose,
    country: CountryCode.optional(),
    yearFrom: Year.optional(),
    yearTo: Year.optional(),
    drug: z.string().trim().min(1).max(100).optional(),
    source: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ExportStatisticsQuery = z.infer<typeof ExportStatisticsQuery>;

/** What an export was asked for: which records, and the query of its route. */
export type ExportRequest =
  | { kind: 'seizures'; query: ExportSeizuresQuery }
  | { kind: 'records'; query: ExportRecordsQuery }
  | { kind: 'statistics'; query: ExportStatisticsQuery };
export type ExportKind = ExportRequest['kind'];
