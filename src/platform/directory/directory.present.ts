import type { Selectable } from 'kysely';
import type { AgencyRow, CountryTable, OrganisationTable } from '../db/schema.js';

/** An agency as the API shows it. */
export interface AgencyView {
  id: string;
  code: string;
  name: string;
  nameRu: string;
  kind: string;
  countryCode: string | null;
  organisationId: string | null;
  organisationCode: string | null;
  requireTotp: boolean;
  active: boolean;
  createdAt: string;
}

/** Agency row (with its organisation's code joined) to API shape. */
export function presentAgency(row: AgencyRow & { organisation_code: string | null }): AgencyView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameRu: row.name_ru,
    kind: row.kind,
    countryCode: row.country_code?.trim() ?? null,
    organisationId: row.organisation_id,
    organisationCode: row.organisation_code,
    requireTotp: row.require_totp,
    active: row.active,
    createdAt: row.created_at.toISOString(),
  };
}

/** Country row to API shape. */
export function presentCountry(row: Selectable<CountryTable>) {
  return {
    code: row.code,
    nameEn: row.name_en,
    nameRu: row.name_ru,
    status: row.status,
    statusSince: row.status_since,
    statusUntil: row.status_until,
  };
}

/** Organisation row to API shape. */
export function presentOrganisation(row: Selectable<OrganisationTable>) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameRu: row.name_ru,
    kind: row.kind,
    status: row.status,
    statusSince: row.status_since,
  };
}
