import type { Kysely } from 'kysely';
import type { Actor, RequestContext } from '../../../platform/access/actor.js';
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
  return auditedReport(db, ctx, actor, query, {});
}

/**
 * The statistics report for the command line: the operator works on the database itself, so every
 * figure counts. Audited like the API's read, naming `operator` (`cli:<operating-system user>`).
 */
export async function getOperatorStatistics(
  db: Kysely<Database>,
  ctx: RequestContext,
  operator: string,
  query: StatisticsQuery,
): Promise<StatReport> {
  return auditedReport(db, ctx, null, query, { username: operator });
}

/** Reads the report and writes its `statistics.read` audit row in one transaction. */
async function auditedReport(
  db: Kysely<Database>,
  ctx: RequestContext,
  actor: Actor | null,
  query: StatisticsQuery,
  who: { username?: string },
): Promise<StatReport> {
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
      ...who,
      details: {
        query: { ...query, by },
        lines: report.lines.length,
        // Without an actor nothing was left out: say so, since the same query by a user counts less.
        ...(actor === null ? { everyFigure: true } : {}),
      },
    });
    return report;
  });
}
