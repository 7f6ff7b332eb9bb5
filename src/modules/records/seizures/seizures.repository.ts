import { randomUUID } from 'node:crypto';
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { DRUGS, QuantityError, drugTerm, sumKg, toKgEquivalent } from '../vocabularies/index.js';
import { countedDrug, drugsCountedAs } from '../statistics/cells.js';
import { bulkInsert, type BulkColumn } from './bulk-insert.js';
import type { CreateSeizureBody, Party, SeizureFilter } from './seizures.schema.js';

/** A party whose record already exists (the service creates quick-added ones first). */
export type ResolvedParty = Omit<Party, 'newRecord' | 'recordId'> & { recordId: string };

/** What `prepareSeizure` needs: a report whose parties point at existing records. */
export type SeizureInput = Omit<CreateSeizureBody, 'parties'> & { parties: ResolvedParty[] };

/** Who a seizure is written for: its owner agency (and country) and the user, if any. */
export interface SeizureOwner {
  agencyId: string;
  countryCode: string | null;
  userId: string | null;
}

/** A seizure ready for `insertSeizures`: the header and its dependent rows, with its id chosen. */
export interface PreparedSeizure {
  header: Record<string, unknown> & { id: string; reference: string };
  lines: Record<string, unknown>[];
  route: Record<string, unknown>[];
  parties: Record<string, unknown>[];
}

const HEADER_COLUMNS: readonly BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'reference', type: 'text' },
  { name: 'occurred_on', type: 'date' },
  { name: 'date_precision', type: 'text' },
  { name: 'occurred_time', type: 'text' },
  { name: 'country', type: 'char(2)' },
  { name: 'region', type: 'text' },
  { name: 'locality', type: 'text' },
  { name: 'latitude', type: 'numeric' },
  { name: 'longitude', type: 'numeric' },
  { name: 'place_kind', type: 'text' },
  { name: 'border_crossing', type: 'text' },
  { name: 'seizing_agency_id', type: 'uuid' },
  { name: 'transport_mode', type: 'text' },
  { name: 'concealment', type: 'text', array: true },
  { name: 'narrative', type: 'text' },
  { name: 'operation_reference', type: 'text' },
  { name: 'total_kg', type: 'numeric' },
  { name: 'unconverted_lines', type: 'integer' },
  { name: 'source', type: 'text' },
  { name: 'external_id', type: 'text' },
  { name: 'import_batch_id', type: 'uuid' },
  { name: 'owner_agency_id', type: 'uuid' },
  { name: 'owner_country', type: 'char(2)' },
  { name: 'distribution', type: 'text' },
  { name: 'distribution_agencies', type: 'uuid', array: true },
  { name: 'handling_code', type: 'text' },
  { name: 'handling_restriction', type: 'text' },
  { name: 'eval_source', type: 'text' },
  { name: 'eval_info', type: 'smallint' },
  { name: 'statistics_only', type: 'boolean' },
  { name: 'version', type: 'integer' },
  { name: 'created_by', type: 'uuid' },
  { name: 'updated_by', type: 'uuid' },
];

const LINE_COLUMNS: readonly BulkColumn[] = [
  { name: 'seizure_id', type: 'uuid' },
  { name: 'position', type: 'smallint' },
  { name: 'drug_code', type: 'text' },
  { name: 'form', type: 'text' },
  { name: 'quantity', type: 'numeric' },
  { name: 'unit', type: 'text' },
  { name: 'density_kg_per_litre', type: 'numeric' },
  { name: 'unit_mass_grams', type: 'numeric' },
  { name: 'kg_equivalent', type: 'numeric' },
  { name: 'kg_rule', type: 'text' },
  { name: 'kg_factor', type: 'numeric' },
  { name: 'purity_percent', type: 'numeric' },
  { name: 'packaging', type: 'text' },
  { name: 'markings', type: 'text' },
  { name: 'owner_agency_id', type: 'uuid' },
];

const ROUTE_COLUMNS: readonly BulkColumn[] = [
  { name: 'seizure_id', type: 'uuid' },
  { name: 'position', type: 'smallint' },
  { name: 'role', type: 'text' },
  { name: 'country', type: 'char(2)' },
  { name: 'place', type: 'text' },
  { name: 'owner_agency_id', type: 'uuid' },
];

const PARTY_COLUMNS: readonly BulkColumn[] = [
  { name: 'seizure_id', type: 'uuid' },
  { name: 'position', type: 'smallint' },
  { name: 'record_id', type: 'uuid' },
  { name: 'role', type: 'text' },
  { name: 'arrested', type: 'boolean' },
  { name: 'owner_agency_id', type: 'uuid' },
];

/** A partial date as the first day it covers ("2024-05" → "2024-05-01") and its precision. */
export function partialDate(value: string): { date: string; precision: 'day' | 'month' | 'year' } {
  if (value.length === 4) return { date: `${value}-01-01`, precision: 'year' };
  if (value.length === 7) return { date: `${value}-01`, precision: 'month' };
  return { date: value, precision: 'day' };
}

/** The kilogram equivalent of a drug line by the explicit rules (vocabularies/quantity.ts). */
function convertLine(line: CreateSeizureBody['drugs'][number], index: number) {
  if (line.quantity === undefined) return { kg: null, rule: null, factor: null };
  try {
    const result = toKgEquivalent(
      {
        quantity: line.quantity,
        unit: line.unit as never,
        densityKgPerLitre: line.densityKgPerLitre ?? null,
        unitMassGrams: line.unitMassGrams ?? null,
      },
      drugTerm(line.drug) ?? null,
    );
    return result.kgEquivalent === null
      ? { kg: null, rule: null, factor: null }
      : { kg: result.kgEquivalent, rule: result.rule, factor: result.factor };
  } catch (error) {
    if (error instanceof QuantityError) {
      throw new AppError('VALIDATION_FAILED', error.message, `drugs.${index}.${error.field}`);
    }
    throw error;
  }
}

/**
 * Turns a validated report into rows: the partial date, each line's kilogram equivalent with its rule
 * and factor, the total of the converted lines and the count of the others. Throws VALIDATION_FAILED
 * naming the line's field for a quantity the rules refuse (a zero quantity, say).
 */
export function prepareSeizure(
  input: SeizureInput,
  owner: SeizureOwner,
  options: { id?: string; version?: number; importBatchId?: string | null } = {},
): PreparedSeizure {
  const id = options.id ?? randomUUID();
  const converted = input.drugs.map(convertLine);
  const total = sumKg(converted.map((c) => c.kg));
  const anyConverted = converted.some((c) => c.kg !== null);
  const { date, precision } = partialDate(input.occurredOn);
  const sharing = input.sharing;
  const header = {
    id,
    reference: input.reference,
    occurred_on: date,
    date_precision: precision,
    occurred_time: input.occurredTime ?? null,
    country: input.country,
    region: input.region ?? null,
    locality: input.locality ?? null,
    latitude: input.latitude === undefined ? null : String(input.latitude),
    longitude: input.longitude === undefined ? null : String(input.longitude),
    place_kind: input.placeKind ?? null,
    border_crossing: input.borderCrossing ?? null,
    seizing_agency_id: input.seizingAgencyId ?? owner.agencyId,
    transport_mode: input.transportMode ?? null,
    concealment: [...new Set(input.concealment)],
    narrative: input.narrative ? input.narrative : null,
    operation_reference: input.operationReference ?? null,
    total_kg: anyConverted ? total.total : null,
    unconverted_lines: total.unknownCount,
    source: input.source ?? null,
    external_id: input.externalId ?? null,
    import_batch_id: options.importBatchId ?? null,
    owner_agency_id: owner.agencyId,
    owner_country: owner.countryCode,
    distribution: sharing.distribution,
    distribution_agencies: [...new Set(sharing.distributionAgencies)],
    handling_code: sharing.handlingCode,
    handling_restriction: sharing.handlingRestriction ?? null,
    eval_source: sharing.evaluation?.source ?? null,
    eval_info: sharing.evaluation?.information ?? null,
    statistics_only: sharing.statisticsOnly,
    version: options.version ?? 1,
    created_by: owner.userId,
    updated_by: owner.userId,
  };
  const lines = input.drugs.map((line, position) => ({
    seizure_id: id,
    position,
    drug_code: line.drug,
    form: line.form ?? null,
    quantity: line.quantity ?? null,
    unit: line.unit,
    density_kg_per_litre: line.densityKgPerLitre ?? null,
    unit_mass_grams: line.unitMassGrams ?? null,
    kg_equivalent: converted[position]!.kg,
    kg_rule: converted[position]!.rule,
    kg_factor: converted[position]!.factor,
    purity_percent: line.purityPercent ?? null,
    packaging: line.packaging ?? null,
    markings: line.markings ?? null,
    owner_agency_id: owner.agencyId,
  }));
  const route = input.route.map((leg, position) => ({
    seizure_id: id,
    position,
    role: leg.role,
    country: leg.country,
    place: leg.place ?? null,
    owner_agency_id: owner.agencyId,
  }));
  const parties = input.parties.map((party, position) => ({
    seizure_id: id,
    position,
    record_id: party.recordId,
    role: party.role ?? null,
    arrested: party.arrested ?? null,
    owner_agency_id: owner.agencyId,
  }));
  return { header, lines, route, parties };
}

/** Inserts prepared seizures with their lines, route legs and parties: four statements in all. */
export async function insertSeizures(
  tx: Transaction<Database>,
  prepared: readonly PreparedSeizure[],
): Promise<void> {
  await bulkInsert(
    tx,
    'seizures',
    HEADER_COLUMNS,
    prepared.map((p) => p.header),
  );
  await bulkInsert(
    tx,
    'seizure_drug_lines',
    LINE_COLUMNS,
    prepared.flatMap((p) => p.lines),
  );
  await bulkInsert(
    tx,
    'seizure_route',
    ROUTE_COLUMNS,
    prepared.flatMap((p) => p.route),
  );
  await bulkInsert(
    tx,
    'seizure_parties',
    PARTY_COLUMNS,
    prepared.flatMap((p) => p.parties),
  );
}

/**
 * Replaces existing seizures by their prepared versions (same ids): the header is updated in place and
 * its lines, route and parties are written anew. The caller has checked ownership and versions.
 */
export async function replaceSeizures(
  tx: Transaction<Database>,
  prepared: readonly PreparedSeizure[],
): Promise<void> {
  if (prepared.length === 0) return;
  const ids = prepared.map((p) => p.header.id);
  for (const table of ['seizure_drug_lines', 'seizure_route', 'seizure_parties'] as const) {
    await tx.deleteFrom(table).where('seizure_id', 'in', ids).execute();
  }
  for (const p of prepared) {
    const { id, created_by: _createdBy, ...fields } = p.header;
    void _createdBy;
    await tx
      .updateTable('seizures')
      .set({ ...fields, updated_at: new Date() } as never)
      .where('id', '=', id)
      .execute();
  }
  await bulkInsert(
    tx,
    'seizure_drug_lines',
    LINE_COLUMNS,
    prepared.flatMap((p) => p.lines),
  );
  await bulkInsert(
    tx,
    'seizure_route',
    ROUTE_COLUMNS,
    prepared.flatMap((p) => p.route),
  );
  await bulkInsert(
    tx,
    'seizure_parties',
    PARTY_COLUMNS,
    prepared.flatMap((p) => p.parties),
  );
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The drug codes of a drug group. */
function drugsOfGroup(group: string): string[] {
  return DRUGS.filter((d) => d.group === group).map((d) => d.code);
}

/**
 * The seizure filter as a SQL predicate over the alias `s`, with the visibility rule already in it:
 * every list, export and drill-down of seizures starts from this. Free text searches the reference,
 * place and narrative, and the captions of parties the actor may see — never those of hidden ones.
 */
export function seizureFilter(actor: Actor, filter: SeizureFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [visibleTo(actor, 's')];
  if (filter.country) parts.push(sql<SqlBool>`s.country = ${filter.country}`);
  if (filter.ownerAgencyId) parts.push(sql<SqlBool>`s.owner_agency_id = ${filter.ownerAgencyId}`);
  if (filter.from) parts.push(sql<SqlBool>`s.occurred_on >= ${filter.from}::date`);
  if (filter.to) parts.push(sql<SqlBool>`s.occurred_on <= ${filter.to}::date`);
  if (filter.transportMode) parts.push(sql<SqlBool>`s.transport_mode = ${filter.transportMode}`);
  if (filter.concealment) parts.push(sql<SqlBool>`${filter.concealment} = any(s.concealment)`);
  if (filter.drug) {
    parts.push(
      sql<SqlBool>`exists (select 1 from seizure_drug_lines fl where fl.seizure_id = s.id and fl.drug_code = ${filter.drug})`,
    );
  }
  if (filter.statisticsDrug) {
    // The rule the figures use (statistics/cells.ts): the list behind a figure is exactly its seizures.
    parts.push(
      sql<SqlBool>`exists (select 1 from seizure_drug_lines fc where fc.seizure_id = s.id and fc.drug_code = any(${drugsCountedAs(filter.statisticsDrug)}::text[]) and ${countedDrug(actor, 's', 'fc')} = ${filter.statisticsDrug})`,
    );
  }
  if (filter.drugGroup) {
    parts.push(
      sql<SqlBool>`exists (select 1 from seizure_drug_lines fg where fg.seizure_id = s.id and fg.drug_code = any(${drugsOfGroup(filter.drugGroup)}::text[]))`,
    );
  }
  if (filter.routeCountry) {
    parts.push(
      sql<SqlBool>`exists (select 1 from seizure_route fr where fr.seizure_id = s.id and fr.country = ${filter.routeCountry})`,
    );
  }
  if (filter.q) {
    const like = likePattern(filter.q);
    parts.push(sql<SqlBool>`(
      s.reference ilike ${like} or s.locality ilike ${like} or s.region ilike ${like}
      or s.border_crossing ilike ${like} or s.narrative ilike ${like}
      or exists (
        select 1 from seizure_parties fp join records r on r.id = fp.record_id
        where fp.seizure_id = s.id and r.caption ilike ${like} and ${visibleTo(actor, 'r')}
      )
    )`);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The seizure header with its owner's and seizing agency's codes, under the alias `s`. */
export function seizureHeaderQuery(db: Kysely<Database>) {
  return db
    .selectFrom('seizures as s')
    .innerJoin('agencies as owner', 'owner.id', 's.owner_agency_id')
    .innerJoin('agencies as seizing', 'seizing.id', 's.seizing_agency_id')
    .selectAll('s')
    .select(['owner.code as owner_agency_code', 'seizing.code as seizing_agency_code']);
}

/** The lines, route legs and parties of seizures (the parties with the records the actor may see). */
export async function seizureDetails(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  if (ids.length === 0) return { lines: [], route: [], parties: [] };
  const [lines, route, parties] = await Promise.all([
    db
      .selectFrom('seizure_drug_lines')
      .selectAll()
      .where('seizure_id', 'in', ids)
      .orderBy('seizure_id')
      .orderBy('position')
      .execute(),
    db.selectFrom('seizure_route').selectAll().where('seizure_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('seizure_parties as p')
      .leftJoin('records as r', (join) => join.onRef('r.id', '=', 'p.record_id').on(visibleTo(actor, 'r')))
      .select([
        'p.seizure_id',
        'p.position',
        'p.record_id',
        'p.role',
        'p.arrested',
        'r.id as visible_id',
        'r.schema',
        'r.caption',
      ])
      .where('p.seizure_id', 'in', ids)
      .orderBy('p.position')
      .execute(),
  ]);
  return { lines, route, parties };
}
