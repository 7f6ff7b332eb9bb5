/**
 * Writes one chunk of grouped seizure rows inside the caller's transaction, idempotently by natural
 * key (owner, source, external id): a new seizure is inserted with the repository's bulk writer, a
 * changed one is replaced in place with its version raised and the change in its history, and an
 * unchanged one is not touched. A constant number of statements per chunk, whatever its size.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Selectable, type Transaction } from 'kysely';
import type { Database, SeizureDrugLineTable, SeizureRouteTable } from '../../../platform/db/schema.js';
import { seizureSnapshot, snapshotDiff } from '../seizures/seizures.history.js';
import { presentSeizure, type PartyRow } from '../seizures/seizures.present.js';
import {
  insertSeizures,
  prepareSeizure,
  replaceSeizures,
  seizureHeaderQuery,
  type PreparedSeizure,
  type ResolvedParty,
  type SeizureInput,
  type SeizureOwner,
} from '../seizures/seizures.repository.js';
import { problemAt, type ImportProblem } from './problems.js';
import type { SeizureGroup } from './seizure-groups.js';
import { resolveChunkParties } from './seizure-parties.js';

/** What a chunk did. */
export interface ChunkResult {
  inserted: number;
  updated: number;
  unchanged: number;
  recordsCreated: number;
  problems: ImportProblem[];
}

/** The report a group of rows describes (its parties resolved to record ids). */
export function groupInput(group: SeizureGroup, source: string, parties: ResolvedParty[]): SeizureInput {
  const first = group.rows[0]!.header;
  const route = group.rows.find((r) => r.header.route.length > 0)?.header.route ?? [];
  const optional = <K extends string, V>(key: K, value: V | null) =>
    (value === null ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return {
    reference: first.reference,
    occurredOn: first.occurredOn,
    ...optional('occurredTime', first.occurredTime),
    country: first.country,
    ...optional('region', first.region),
    ...optional('locality', first.locality),
    ...optional('latitude', first.latitude),
    ...optional('longitude', first.longitude),
    ...optional('placeKind', first.placeKind),
    ...optional('borderCrossing', first.borderCrossing),
    ...optional('transportMode', first.transportMode),
    concealment: [...new Set(group.rows.flatMap((r) => r.header.concealment))],
    ...optional('narrative', first.narrative),
    drugs: group.rows.map((r) => ({
      drug: r.line.drug,
      ...optional('form', r.line.form),
      ...optional('quantity', r.line.quantity),
      unit: r.line.unit,
      ...optional('purityPercent', r.line.purityPercent),
    })),
    route: route.map((leg) => ({ role: leg.role, country: leg.country })),
    parties,
    sharing: first.sharing,
    source,
    externalId: group.externalId,
  } as SeizureInput;
}

/** Writes the groups of one chunk; groups whose reference another seizure of the agency holds are refused. */
export async function writeSeizureChunk(
  tx: Transaction<Database>,
  owner: SeizureOwner,
  source: string,
  batchId: string,
  groups: readonly SeizureGroup[],
): Promise<ChunkResult> {
  const result: ChunkResult = { inserted: 0, updated: 0, unchanged: 0, recordsCreated: 0, problems: [] };
  if (groups.length === 0) return result;
  const externalIds = groups.map((g) => g.externalId);
  const references = groups.map((g) => g.rows[0]!.header.reference);
  const existing = await storedByKey(tx, owner.agencyId, source, externalIds, references);
  const byKey = new Map(existing.filter((s) => s.source === source).map((s) => [s.external_id, s]));
  const referenceHolder = new Map(existing.map((s) => [s.reference, s]));
  const accepted: SeizureGroup[] = [];
  const referencesInChunk = new Map<string, string>();
  for (const group of groups) {
    const reference = group.rows[0]!.header.reference;
    const holder = referenceHolder.get(reference);
    const sameChunk = referencesInChunk.get(reference);
    if ((holder && !(holder.source === source && holder.external_id === group.externalId)) || sameChunk) {
      result.problems.push(
        problemAt(
          { row: group.rows[0]!.rowNumber },
          'error',
          'inconsistent',
          `the reference "${reference}" is already used by another seizure of the agency; the seizure is not imported.`,
        ),
      );
      continue;
    }
    referencesInChunk.set(reference, group.externalId);
    accepted.push(group);
  }

  const { parties, created } = await resolveChunkParties(tx, owner, source, accepted);
  result.recordsCreated = created;
  const inputs = accepted.map((g) => ({
    group: g,
    input: { ...groupInput(g, source, parties.get(g.externalId) ?? []), seizingAgencyId: owner.agencyId },
  }));
  const current = await currentSnapshots(
    tx,
    inputs.map((i) => byKey.get(i.group.externalId)?.id).filter((id): id is string => id !== undefined),
  );

  const fresh: PreparedSeizure[] = [];
  const changed: PreparedSeizure[] = [];
  const versions: { record_id: string; version: number; changes: string }[] = [];
  // Version 1 of an imported seizure names its batch (the batch keeps file, mapping and rows): one
  // string for the chunk instead of a snapshot per row, which would cost more than the row itself.
  const firstVersion = JSON.stringify({ importBatch: [null, batchId] });
  for (const { group, input } of inputs) {
    const known = byKey.get(group.externalId);
    if (!known) {
      const prepared = prepareSeizure(input, owner, { id: randomUUID(), importBatchId: batchId });
      fresh.push(prepared);
      versions.push({ record_id: prepared.header.id, version: 1, changes: firstVersion });
      continue;
    }
    const changes = snapshotDiff(current.get(known.id) ?? {}, seizureSnapshot(input));
    if (Object.keys(changes).length === 0) {
      result.unchanged += 1;
      continue;
    }
    const version = known.version + 1;
    changed.push(prepareSeizure(input, owner, { id: known.id, version, importBatchId: batchId }));
    versions.push({ record_id: known.id, version, changes: JSON.stringify(changes) });
  }
  await insertSeizures(tx, fresh);
  await replaceSeizures(tx, changed);
  if (versions.length > 0) {
    await sql`insert into record_versions (record_table, record_id, version, owner_agency_id, changed_by, changes)
      select 'seizures', u.id, u.version, ${owner.agencyId}::uuid, ${owner.userId}::uuid, u.changes::jsonb
      from unnest(${versions.map((v) => v.record_id)}::uuid[], ${versions.map((v) => v.version)}::int[], ${versions.map((v) => v.changes)}::text[]) as u(id, version, changes)`.execute(
      tx,
    );
  }
  result.inserted = fresh.length;
  result.updated = changed.length;
  return result;
}

/** A stored seizure as the natural-key look-up finds it. */
interface StoredKey {
  id: string;
  version: number;
  reference: string;
  source: string | null;
  external_id: string | null;
}

/**
 * The agency's stored seizures with one of the chunk's natural keys or references. Each key is its own
 * probe of a unique index (`seizures_natural_key`, `seizures_reference_key`) through a lateral join
 * whose `limit 1` keeps the planner from flattening it into a hash join, so the plan does not depend
 * on the table's statistics. With `in (…)` lists, or a plain join, and statistics taken while the table
 * was small (autovacuum off, or not yet run during a long import), PostgreSQL read every seizure of
 * the agency for each chunk, and a million-row import slowed down with every chunk (docs/benchmarks.md).
 */
async function storedByKey(
  tx: Transaction<Database>,
  agencyId: string,
  source: string,
  externalIds: readonly string[],
  references: readonly string[],
): Promise<StoredKey[]> {
  const { rows } = await sql<StoredKey>`
    select s.id, s.version, s.reference, s.source, s.external_id
    from unnest(${externalIds}::text[]) as k(external_id)
    cross join lateral (
      select id, version, reference, source, external_id from seizures
      where owner_agency_id = ${agencyId}::uuid and source = ${source} and external_id = k.external_id
      limit 1
    ) s
    union
    select s.id, s.version, s.reference, s.source, s.external_id
    from unnest(${references}::text[]) as k(reference)
    cross join lateral (
      select id, version, reference, source, external_id from seizures
      where owner_agency_id = ${agencyId}::uuid and reference = k.reference
      limit 1
    ) s`.execute(tx);
  return rows;
}

/** The history snapshots of stored seizures (the owner's own: no visibility filter is needed here). */
async function currentSnapshots(tx: Transaction<Database>, ids: string[]) {
  const out = new Map<string, Record<string, unknown>>();
  if (ids.length === 0) return out;
  const [headers, lines, route, parties] = await Promise.all([
    seizureHeaderQuery(tx).where('s.id', 'in', ids).execute(),
    tx
      .selectFrom('seizure_drug_lines')
      .selectAll()
      .where('seizure_id', 'in', ids)
      .orderBy('position')
      .execute(),
    tx.selectFrom('seizure_route').selectAll().where('seizure_id', 'in', ids).orderBy('position').execute(),
    tx.selectFrom('seizure_parties').selectAll().where('seizure_id', 'in', ids).orderBy('position').execute(),
  ]);
  const group = <T extends { seizure_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.seizure_id, [...(map.get(r.seizure_id) ?? []), r]);
    return map;
  };
  const linesOf = group<Selectable<SeizureDrugLineTable>>(lines);
  const routeOf = group<Selectable<SeizureRouteTable>>(route);
  const partiesOf = group(parties);
  for (const header of headers) {
    const partyRows: PartyRow[] = (partiesOf.get(header.id) ?? []).map((p) => ({
      ...p,
      visible_id: p.record_id,
      schema: null,
      caption: null,
    }));
    const view = presentSeizure(
      header,
      linesOf.get(header.id) ?? [],
      routeOf.get(header.id) ?? [],
      partyRows,
    );
    out.set(header.id, seizureSnapshot(view));
  }
  return out;
}
