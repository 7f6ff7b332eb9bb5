/**
 * Request shapes of the import API: saved mappings, uploaded files, and import jobs (dry run or commit).
 */
import { z } from 'zod';
import { SeizureMapping } from './mapping.js';

/** The profiles an uploaded file can be imported with. */
export const IMPORT_PROFILES = ['seizures', 'ftm'] as const;
export type ImportProfile = (typeof IMPORT_PROFILES)[number];

const MappingName = z.string().trim().min(1).max(100);

export const CreateMappingBody = z.object({ name: MappingName, mapping: SeizureMapping }).strict();
export type CreateMappingBody = z.infer<typeof CreateMappingBody>;

export const UpdateMappingBody = z.object({ name: MappingName.optional(), mapping: SeizureMapping }).strict();
export type UpdateMappingBody = z.infer<typeof UpdateMappingBody>;

export const MappingIdParams = z.object({ id: z.uuid() }).strict();

/** Largest file an upload accepts. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * A small file sent as JSON (scripts, tests): its name and its bytes in base64. Browsers send
 * multipart/form-data instead, which has no such size ceiling below MAX_UPLOAD_BYTES.
 */
export const UploadJsonBody = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .regex(/^[^/\\]+$/, 'A file name without a path'),
    contentBase64: z.base64().max(1_000_000),
  })
  .strict();
export type UploadJsonBody = z.infer<typeof UploadJsonBody>;

export const StartImportBody = z
  .object({
    /** An upload of the actor's agency (`POST /import-files`). */
    fileId: z.uuid(),
    profile: z.enum(IMPORT_PROFILES).default('seizures'),
    /** The column mapping (profile `seizures`); without it, the saved mapping `mappingName` is used. */
    mapping: SeizureMapping.optional(),
    /** The saved mapping this comes from: names the natural-key source when the mapping gives none. */
    mappingName: MappingName.optional(),
    dryRun: z.boolean().default(true),
  })
  .strict();
export type StartImportBody = z.infer<typeof StartImportBody>;

export const ImportIdParams = z.object({ id: z.uuid() }).strict();

export const ListImportsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type ListImportsQuery = z.infer<typeof ListImportsQuery>;
