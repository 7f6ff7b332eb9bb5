import type { Selectable } from 'kysely';
import type { SeizureDrugLineTable, SeizureRouteTable, SeizureTable } from '../../../platform/db/schema.js';

/** A seizure header row as the queries return it. */
export type SeizureRow = Selectable<SeizureTable> & {
  owner_agency_code: string;
  seizing_agency_code: string;
};

/** A party row with the record's schema and caption when the actor may see the record (else null). */
export interface PartyRow {
  seizure_id: string;
  position: number;
  record_id: string;
  role: string | null;
  arrested: boolean | null;
  visible_id: string | null;
  schema: string | null;
  caption: string | null;
}

/** The sharing block as the API shows it (same shape as for records). */
function presentSharing(row: SeizureRow) {
  return {
    distribution: row.distribution,
    distributionAgencies: row.distribution_agencies,
    handlingCode: row.handling_code,
    handlingRestriction: row.handling_restriction,
    evaluation:
      row.eval_source && row.eval_info ? { source: row.eval_source, information: row.eval_info } : null,
    statisticsOnly: row.statistics_only,
  };
}

/** The reported date as given: "2024", "2024-05" or "2024-05-17". */
function reportedDate(row: SeizureRow): string {
  if (row.date_precision === 'year') return row.occurred_on.slice(0, 4);
  if (row.date_precision === 'month') return row.occurred_on.slice(0, 7);
  return row.occurred_on;
}

/** The header fields every seizure view shares. */
function presentHeader(row: SeizureRow) {
  return {
    id: row.id,
    reference: row.reference,
    occurredOn: reportedDate(row),
    datePrecision: row.date_precision,
    occurredTime: row.occurred_time,
    country: row.country,
    region: row.region,
    locality: row.locality,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    placeKind: row.place_kind,
    borderCrossing: row.border_crossing,
    seizingAgencyId: row.seizing_agency_id,
    seizingAgencyCode: row.seizing_agency_code,
    transportMode: row.transport_mode,
    concealment: row.concealment,
    narrative: row.narrative,
    operationReference: row.operation_reference,
    totalKg: row.total_kg,
    unconvertedLines: row.unconverted_lines,
    sharing: presentSharing(row),
    ownerAgencyId: row.owner_agency_id,
    ownerAgencyCode: row.owner_agency_code,
    source: row.source,
    externalId: row.external_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

/** A seizure in a list: the header, its substances and the countries of its route. */
export type SeizureSummary = ReturnType<typeof presentHeader> & {
  drugCodes: string[];
  routeCountries: string[];
};

/** A whole seizure report. */
export type SeizureView = ReturnType<typeof presentHeader> & ReturnType<typeof presentParts>;

function presentParts(
  lines: Selectable<SeizureDrugLineTable>[],
  route: Selectable<SeizureRouteTable>[],
  parties: PartyRow[],
) {
  return {
    drugs: lines.map((l) => ({
      position: l.position,
      drug: l.drug_code,
      form: l.form,
      quantity: l.quantity,
      unit: l.unit,
      densityKgPerLitre: l.density_kg_per_litre,
      unitMassGrams: l.unit_mass_grams,
      kgEquivalent: l.kg_equivalent,
      kgRule: l.kg_rule,
      kgFactor: l.kg_factor,
      purityPercent: l.purity_percent,
      packaging: l.packaging,
      markings: l.markings,
    })),
    route: route.map((r) => ({ position: r.position, role: r.role, country: r.country, place: r.place })),
    // A party whose record the actor may not see keeps its role in the report, never the record.
    parties: parties.map((p) => ({
      position: p.position,
      recordId: p.visible_id,
      schema: p.visible_id ? p.schema : null,
      caption: p.visible_id ? p.caption : null,
      role: p.role,
      arrested: p.arrested,
    })),
  };
}

/** Row and its parts → the API shape. */
export function presentSeizure(
  row: SeizureRow,
  lines: Selectable<SeizureDrugLineTable>[],
  route: Selectable<SeizureRouteTable>[],
  parties: PartyRow[],
): SeizureView {
  return { ...presentHeader(row), ...presentParts(lines, route, parties) };
}

/** Row with its aggregated drug codes and route countries → the list shape. */
export function presentSeizureSummary(
  row: SeizureRow & { drug_codes: string[] | null; route_countries: string[] | null },
): SeizureSummary {
  return {
    ...presentHeader(row),
    drugCodes: row.drug_codes ?? [],
    routeCountries: row.route_countries ?? [],
  };
}
