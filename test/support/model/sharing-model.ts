/**
 * The plain reference model of the sharing rule, written from PRODUCT.md and docs/records-design.md,
 * not from the SQL: who may see a record, which visible records an export may carry, and which
 * records count in someone's statistics. Property tests compare the product against it.
 */
import type { Distribution, HandlingCode, MembershipStatus } from '../../../src/platform/db/schema.js';

/** An agency as the rule sees it: its id, its country and its standing in the regional centre. */
export interface ModelAgency {
  id: string;
  country: string | null;
  membership: MembershipStatus | null;
}

/** A record's sharing facts; agencies are indexes into the agency list the functions are given. */
export interface ModelRecord {
  owner: number;
  distribution: Distribution;
  named: number[];
  /** Agencies the owner granted read access (an approved request). */
  grants: number[];
}

/** The handling facts the export rules look at, on top of the sharing facts. */
export interface ModelExportable extends ModelRecord {
  handlingCode: HandlingCode;
  /** Agencies the owner allowed to export the record (an approved export request of an H2 record). */
  exportGrants: number[];
}

/** Why an export is made: `judicial` exports leave out other agencies' H1 records. */
export type ModelPurpose = 'operational' | 'judicial';

/** The visibility rule: true when `actor` may see `record`. */
export function modelVisible(agencies: ModelAgency[], actor: ModelAgency, record: ModelRecord): boolean {
  const owner = agencies[record.owner]!;
  if (owner.id === actor.id) return true;
  if (record.grants.some((g) => agencies[g]!.id === actor.id)) return true;
  switch (record.distribution) {
    case 'own_agency':
      return false;
    case 'own_country':
      return owner.country !== null && owner.country === actor.country;
    case 'named_agencies':
      return record.named.some((n) => agencies[n]!.id === actor.id);
    case 'all_members':
      return actor.membership === 'member';
    case 'members_and_observers':
      return actor.membership === 'member' || actor.membership === 'observer';
  }
}

/**
 * The export rules on top of visibility: another agency's H2 record leaves only with the owner's
 * export grant; another agency's H1 record never goes into a judicial export.
 */
export function modelExportable(
  agencies: ModelAgency[],
  actor: ModelAgency,
  record: ModelExportable,
  purpose: ModelPurpose,
): boolean {
  if (!modelVisible(agencies, actor, record)) return false;
  const own = agencies[record.owner]!.id === actor.id;
  if (own) return true;
  if (record.handlingCode === 'H2' && !record.exportGrants.some((g) => agencies[g]!.id === actor.id)) {
    return false;
  }
  return !(purpose === 'judicial' && record.handlingCode === 'H1');
}

/** True when a visible record is held back from an export by the H2 rule (the `withheld-h2` count). */
export function modelWithheldH2(
  agencies: ModelAgency[],
  actor: ModelAgency,
  record: ModelExportable,
): boolean {
  return (
    modelVisible(agencies, actor, record) &&
    agencies[record.owner]!.id !== actor.id &&
    record.handlingCode === 'H2' &&
    !record.exportGrants.some((g) => agencies[g]!.id === actor.id)
  );
}

/** Aggregates count what the actor may see, and what its owner shares for statistics only. */
export function modelCountsInStatistics(
  agencies: ModelAgency[],
  actor: ModelAgency,
  record: ModelRecord & { statisticsOnly: boolean },
): boolean {
  return record.statisticsOnly || modelVisible(agencies, actor, record);
}

/**
 * An agency's standing: the regional centre's own agencies are members; others take their
 * country's status, or their organisation's.
 */
export function modelMembership(
  regionalCentre: boolean,
  countryStatus: MembershipStatus | null,
  organisationStatus: MembershipStatus | null,
): MembershipStatus | null {
  if (regionalCentre) return 'member';
  return countryStatus ?? organisationStatus ?? null;
}
