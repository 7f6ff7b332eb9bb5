import { z } from 'zod';
import { AGENCY_KINDS } from '../db/schema.js';
import { LIMITS } from '../limits.js';

export const AgencyIdParams = z.object({ id: z.uuid() }).strict();

export const ListAgenciesQuery = z
  .object({
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    kind: z.enum(AGENCY_KINDS).optional(),
  })
  .strict();

export const CreateAgencyBody = z
  .object({
    code: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9-]*$/, 'Upper-case letters, digits and dashes')
      .max(LIMITS.agencyCode.max),
    name: z.string().trim().min(1).max(LIMITS.name.max),
    nameRu: z.string().trim().min(1).max(LIMITS.name.max),
    kind: z.enum(AGENCY_KINDS),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    organisationId: z.uuid().optional(),
    requireTotp: z.boolean().default(false),
  })
  .strict()
  .refine((b) => (b.countryCode === undefined) !== (b.organisationId === undefined), {
    message: 'Give exactly one of countryCode and organisationId',
    path: ['countryCode'],
  });
export type CreateAgencyBody = z.infer<typeof CreateAgencyBody>;

export const UpdateAgencyBody = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.name.max).optional(),
    nameRu: z.string().trim().min(1).max(LIMITS.name.max).optional(),
    requireTotp: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type UpdateAgencyBody = z.infer<typeof UpdateAgencyBody>;
