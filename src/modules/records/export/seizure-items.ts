import { num, text, type Row } from './columns.js';
import { ftmProperties, type FtmEntity } from './ftm-lines.js';
import type { ExportSeizure } from './seizures.source.js';

type Header = ExportSeizure['header'];

const evaluation = (h: Header) => (h.eval_source && h.eval_info ? `${h.eval_source}${h.eval_info}` : null);

/** The columns of a seizure table: the seizure, then one drug line. */
export const SEIZURE_COLUMNS = [
  text('seizure_id'),
  text('reference'),
  text('occurred_on'),
  text('date_precision'),
  text('occurred_time'),
  text('country'),
  text('region'),
  text('locality'),
  num('latitude'),
  num('longitude'),
  text('place_kind'),
  text('border_crossing'),
  text('seizing_agency'),
  text('transport_mode'),
  text('concealment'),
  text('route'),
  text('parties'),
  text('operation_reference'),
  text('narrative'),
  num('total_kg'),
  num('unconverted_lines'),
  num('line'),
  text('drug'),
  text('form'),
  num('quantity'),
  text('unit'),
  num('density_kg_per_litre'),
  num('unit_mass_grams'),
  num('kg_equivalent'),
  text('kg_rule'),
  num('purity_percent'),
  text('packaging'),
  text('markings'),
  text('owner_agency'),
  text('distribution'),
  text('handling_code'),
  text('handling_restriction'),
  text('evaluation'),
  text('source'),
  text('external_id'),
  num('version'),
  text('created_at'),
  text('updated_at'),
];

/** One row per drug line, the seizure's own columns repeated (what a pivot table wants). */
export function seizureRows(s: ExportSeizure): Row[] {
  const h = s.header;
  const route = s.route
    .map((l) => `${l.role}:${l.country.trim()}${l.place ? ` (${l.place})` : ''}`)
    .join('; ');
  const parties = s.parties
    .map((p) => `${p.role ?? p.schema}: ${p.caption}${p.arrested ? ' (arrested)' : ''}`)
    .join('; ');
  return s.lines.map((l) => [
    h.id,
    h.reference,
    h.occurred_on,
    h.date_precision,
    h.occurred_time,
    h.country.trim(),
    h.region,
    h.locality,
    h.latitude,
    h.longitude,
    h.place_kind,
    h.border_crossing,
    h.seizing_agency_code,
    h.transport_mode,
    h.concealment.join('; '),
    route,
    parties,
    h.operation_reference,
    h.narrative,
    h.total_kg,
    String(h.unconverted_lines),
    String(l.position),
    l.drug_code,
    l.form,
    l.quantity,
    l.unit,
    l.density_kg_per_litre,
    l.unit_mass_grams,
    l.kg_equivalent,
    l.kg_rule,
    l.purity_percent,
    l.packaging,
    l.markings,
    h.owner_agency_code,
    h.distribution,
    h.handling_code,
    h.handling_restriction,
    evaluation(h),
    h.source,
    h.external_id,
    String(h.version),
    h.created_at.toISOString(),
    h.updated_at.toISOString(),
  ]);
}

/**
 * A seizure as FtM entities: Northroute's extension schema `Seizure`, its drug lines
 * (`SeizureDrugLine`) and route legs (`SeizureRouteLeg`) referring to it, and one `SeizureParty` link
 * per party pointing at the person's or vehicle's record (exported beside it as a standard entity).
 */
export function seizureEntities(s: ExportSeizure): FtmEntity[] {
  const h = s.header;
  const seizure: FtmEntity = {
    id: h.id,
    schema: 'Seizure',
    properties: ftmProperties({
      reference: h.reference,
      date:
        h.date_precision === 'year'
          ? h.occurred_on.slice(0, 4)
          : h.date_precision === 'month'
            ? h.occurred_on.slice(0, 7)
            : h.occurred_on,
      time: h.occurred_time,
      country: h.country.trim().toLowerCase(),
      region: h.region,
      locality: h.locality,
      latitude: h.latitude,
      longitude: h.longitude,
      placeKind: h.place_kind,
      borderCrossing: h.border_crossing,
      seizingAgency: h.seizing_agency_code,
      transportMode: h.transport_mode,
      concealment: h.concealment,
      summary: h.narrative,
      operationReference: h.operation_reference,
      totalKg: h.total_kg,
      unconvertedLines: h.unconverted_lines,
      drug: [...new Set(s.lines.map((l) => l.drug_code))],
      routeCountry: [...new Set(s.route.map((l) => l.country.trim().toLowerCase()))],
      involved: [...new Set(s.parties.map((p) => p.record_id))],
      publisher: h.owner_agency_code,
      handlingCode: h.handling_code,
      handlingRestriction: h.handling_restriction,
      evaluation: evaluation(h),
      modifiedAt: h.updated_at.toISOString(),
    }),
  };
  const lines = s.lines.map<FtmEntity>((l) => ({
    id: `${h.id}.drug.${l.position}`,
    schema: 'SeizureDrugLine',
    properties: ftmProperties({
      seizure: [h.id],
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
    }),
  }));
  const legs = s.route.map<FtmEntity>((l) => ({
    id: `${h.id}.route.${l.position}`,
    schema: 'SeizureRouteLeg',
    properties: ftmProperties({
      seizure: [h.id],
      position: l.position,
      role: l.role,
      country: l.country.trim().toLowerCase(),
      place: l.place,
    }),
  }));
  const parties = s.parties.map<FtmEntity>((p) => ({
    id: `${h.id}.party.${p.position}`,
    schema: 'SeizureParty',
    properties: ftmProperties({
      seizure: [h.id],
      party: [p.record_id],
      role: p.role,
      arrested: p.arrested === null ? null : String(p.arrested),
    }),
  }));
  return [seizure, ...lines, ...legs, ...parties];
}
