import type { Kysely } from 'kysely';
import type { RequestContext } from '../../../platform/access/actor.js';
import { requirePermission } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { parseDimensions, type StatisticsQuery } from './statistics.schema.js';
import { statisticsReport, type StatReport } from './statistics.js';

/**
 * The statistics report for a signed-in actor (any holder of `records.read`): only figures the
 * actor may see or that their owners share for statistics only count (cells.ts), and only sums come
 * back. The read of aggregates is audited with the query, in the transaction that read them.
 */
export async function getStatistics(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: StatisticsQuery,
): Promise<StatReport> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.read');
  const by = parseDimensions(query.by);
  return db.transaction().execute(async (tx) => {
    const report = await statisticsReport(tx, {
      by,
      actor,
      country: query.country,
      yearFrom: query.from,
      yearTo: query.to,
      drugGroup: query.drugGroup,
      drug: query.drug,
    });
    await recordAudit(tx, ctx, {
      action: 'statistics.read',
      objectType: 'statistics',
      details: { query: { ...query, by }, lines: report.lines.length },
    });
    return report;
  });
}
