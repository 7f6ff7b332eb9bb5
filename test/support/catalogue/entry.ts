import type { CatalogueEntry } from '../routes-catalogue.js';

/** A catalogue entry as written: the flags most routes share may be left out. */
export type Entry = Omit<CatalogueEntry, 'platformAdminOnly' | 'body' | 'hidden'> &
  Partial<Pick<CatalogueEntry, 'platformAdminOnly' | 'body' | 'hidden'>>;

/** Fills in the usual flags: not platform-administrator-only, no body, in the OpenAPI document. */
export function entry(e: Entry): CatalogueEntry {
  return { platformAdminOnly: false, body: 'none', hidden: false, ...e };
}
