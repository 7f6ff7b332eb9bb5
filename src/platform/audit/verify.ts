import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { GENESIS_HASH, rowHash } from './chain.js';

/** The outcome of checking the audit chain. */
export type VerifyResult =
  | { ok: true; rows: number; headSeq: number; headHash: string }
  | {
      ok: false;
      rows: number;
      seq: number;
      problem: 'altered' | 'missing_before' | 'out_of_order' | 'broken_link' | 'head_mismatch';
    };

const PAGE = 5000;

/**
 * Walks the whole audit log in sequence order and recomputes every hash. Reports the first row that was
 * altered (its hash no longer matches its content), the first gap (a removed row), or a link that does
 * not point at its predecessor (rows removed or reordered). Pass `onProgress` for long logs.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  onProgress?: (checked: number, total: number) => void,
  expectedHead?: { seq: number; hash: string },
): Promise<VerifyResult> {
  const { total } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          rows: checked,
          seq: row.seq,
          problem: row.seq > expectedSeq ? 'missing_before' : 'out_of_order',
        };
      }
      const recomputed = rowHash({
        seq: row.seq,
        at: row.at.toISOString(),
        actorId: row.actor_id,
        actorUsername: row.actor_username,
        actorAgencyId: row.actor_agency_id,
        action: row.action,
        objectType: row.object_type,
        objectId: row.object_id,
        objectAgencyId: row.object_agency_id,
        outcome: row.outcome,
        ip: row.ip,
        requestId: row.request_id,
        details: row.details,
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) return { ok: false, rows: checked, seq: row.seq, problem: 'altered' };
      if (row.prev_hash !== prevHash) {
        return { ok: false, rows: checked, seq: row.seq, problem: 'broken_link' };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    onProgress?.(checked, total);
  }
  // The chain cannot show that its newest rows were cut off; a head kept elsewhere can.
  if (expectedHead) {
    const row = await db
      .selectFrom('audit_log')
      .select('hash')
      .where('seq', '=', expectedHead.seq)
      .executeTakeFirst();
    if (row?.hash !== expectedHead.hash) {
      return { ok: false, rows: checked, seq: expectedHead.seq, problem: 'head_mismatch' };
    }
  }
  return { ok: true, rows: checked, headSeq: expectedSeq - 1, headHash: prevHash };
}
