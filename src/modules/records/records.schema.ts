import { z } from 'zod';
import { DISTRIBUTIONS, HANDLING_CODES } from '../../platform/db/schema.js';
import { LIMITS } from '../../platform/limits.js';
import { RECORD_SCHEMATA } from './ftm.js';

/**
 * Originator control of a record (PRODUCT.md principle 1): who may see it, what they may do with it,
 * and how reliable it is. The same block for every kind of record.
 */
export const Sharing = z
  .object({
    distribution: z.enum(DISTRIBUTIONS),
    distributionAgencies: z.array(z.uuid()).max(100).default([]),
    handlingCode: z.enum(HANDLING_CODES),
    handlingRestriction: z.string().trim().min(1).max(1000).optional(),
    evaluation: z
      .object({ source: z.enum(['A', 'B', 'C', 'X']), information: z.number().int().min(1).max(4) })
      .strict()
      .optional(),
    statisticsOnly: z.boolean().default(false),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.distribution === 'named_agencies' && s.distributionAgencies.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['distributionAgencies'], message: 'Name at least one agency' });
    }
    if (s.distribution !== 'named_agencies' && s.distributionAgencies.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['distributionAgencies'],
        message: 'Agencies are named only with the named_agencies distribution',
      });
    }
    if (s.handlingCode === 'H3' && !s.handlingRestriction) {
      ctx.addIssue({
        code: 'custom',
        path: ['handlingRestriction'],
        message: 'H3 needs the restriction text',
      });
    }
  });
export type Sharing = z.infer<typeof Sharing>;

const Properties = z.record(z.string().min(1).max(100), z.array(z.string().max(2000)).max(50));

export const CreateRecordBody = z
  .object({
    schema: z.enum(RECORD_SCHEMATA),
    properties: Properties,
    sharing: Sharing,
    source: z.string().trim().min(1).max(200).optional(),
    externalId: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type CreateRecordBody = z.infer<typeof CreateRecordBody>;

export const UpdateRecordBody = z
  .object({
    /** The version the client edited; a newer one on the server means someone else changed it. */
    version: z.number().int().min(1),
    properties: Properties.optional(),
    sharing: Sharing.optional(),
  })
  .strict();
export type UpdateRecordBody = z.infer<typeof UpdateRecordBody>;

export const ListRecordsQuery = z
  .object({
    schema: z.enum(RECORD_SCHEMATA).optional(),
    q: z.string().trim().min(1).max(LIMITS.search.max).optional(),
    ownerAgencyId: z.uuid().optional(),
    before: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(LIMITS.pageSize.max).default(LIMITS.pageSize.default),
  })
  .strict();
export type ListRecordsQuery = z.infer<typeof ListRecordsQuery>;

export const RecordIdParams = z.object({ id: z.uuid() }).strict();
