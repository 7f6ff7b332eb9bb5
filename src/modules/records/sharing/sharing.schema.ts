import { z } from 'zod';
import { LIMITS } from '../../../platform/limits.js';

/** The operational tables whose records a request can name. */
export const SHARING_RECORD_TABLES = ['records', 'seizures'] as const;
export type SharingRecordTable = (typeof SHARING_RECORD_TABLES)[number];

/** What a recipient may ask the owner of an H2 record for. */
export const SHARING_REQUEST_KINDS = ['reshare', 'export'] as const;
export type SharingRequestKind = (typeof SHARING_REQUEST_KINDS)[number];

export const SHARING_REQUEST_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type SharingRequestStatus = (typeof SHARING_REQUEST_STATUSES)[number];

/** Longest reason or decision note. */
export const SHARING_TEXT_MAX = 2000;

/**
 * A request to the owner of an H2 record: to pass it on to one named agency (`reshare`, with
 * `targetAgencyId`) or to export it (`export`, without).
 */
export const CreateSharingRequestBody = z
  .object({
    recordTable: z.enum(SHARING_RECORD_TABLES),
    recordId: z.uuid(),
    kind: z.enum(SHARING_REQUEST_KINDS),
    /** The agency a reshare is for; null or left out for an export. */
    targetAgencyId: z.uuid().nullish(),
    reason: z.string().trim().min(1).max(SHARING_TEXT_MAX),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.kind === 'reshare' && !b.targetAgencyId) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetAgencyId'],
        message: 'Name the agency the record is to be passed to',
      });
    }
    if (b.kind === 'export' && b.targetAgencyId) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetAgencyId'],
        message: 'An export request names no target agency',
      });
    }
  });
export type CreateSharingRequestBody = z.infer<typeof CreateSharingRequestBody>;

/** `incoming`: requests to the actor's agency as owner; `outgoing`: requests his agency made. */
export const ListSharingRequestsQuery = z
  .object({
    box: z.enum(['incoming', 'outgoing']).default('incoming'),
    status: z.enum(SHARING_REQUEST_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(LIMITS.pageSize.max).default(LIMITS.pageSize.default),
  })
  .strict();
export type ListSharingRequestsQuery = z.infer<typeof ListSharingRequestsQuery>;

export const ApproveSharingRequestBody = z
  .object({ note: z.string().trim().min(1).max(SHARING_TEXT_MAX).optional() })
  .strict();
export type ApproveSharingRequestBody = z.infer<typeof ApproveSharingRequestBody>;

/** A refusal says why. */
export const RefuseSharingRequestBody = z
  .object({ note: z.string().trim().min(1).max(SHARING_TEXT_MAX) })
  .strict();
export type RefuseSharingRequestBody = z.infer<typeof RefuseSharingRequestBody>;

export const SharingRequestIdParams = z.object({ id: z.uuid() }).strict();
