import { sql } from 'kysely';
import { z } from 'zod';
import { agencyScope, forbiddenUnless, type AgencyScope } from '../access/policy.js';
import { AUDIT_OUTCOMES, type AuditRow } from '../db/schema.js';
import type { App, AppContext } from '../http/context.js';
import { LIMITS } from '../limits.js';

const AuditQuery = z
  .object({
    actorId: z.uuid().optional(),
    agencyId: z.uuid().optional(),
    action: z.string().max(100).optional(),
    objectType: z.string().max(100).optional(),
    objectId: z.string().max(100).optional(),
    outcome: z.enum(AUDIT_OUTCOMES).optional(),
    from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(LIMITS.pageSize.max).default(LIMITS.pageSize.default),
  })
  .strict();

/**
 * An agency administrator sees what his agency's users did and what was done to his agency's
 * objects; a platform administrator sees everything.
 */
function auditScopePredicate(scope: AgencyScope) {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'agency':
      return sql<boolean>`(audit_log.actor_agency_id = ${scope.agencyId} or audit_log.object_agency_id = ${scope.agencyId})`;
    case 'none':
      return sql<boolean>`false`;
  }
}

function presentAuditRow(row: AuditRow & { actor_agency_code: string | null }) {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    actorAgencyId: row.actor_agency_id,
    actorAgencyCode: row.actor_agency_code,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    objectAgencyId: row.object_agency_id,
    outcome: row.outcome,
    ip: row.ip,
    requestId: row.request_id,
    details: row.details ?? null,
  };
}

/** The audit viewer's API. */
export function registerAuditRoutes(api: App, app: AppContext): void {
  const tags = ['audit'];
  const config = { scope: 'admin', object: 'audit' } as const;

  api.get('/audit', { config, schema: { tags, querystring: AuditQuery } }, async (req) => {
    const scope = agencyScope(req.ctx.actor!, 'audit.read');
    forbiddenUnless(scope.kind !== 'none');
    const f = req.query;
    let q = app.db
      .selectFrom('audit_log')
      .leftJoin('agencies', 'agencies.id', 'audit_log.actor_agency_id')
      .selectAll('audit_log')
      .select('agencies.code as actor_agency_code')
      .where(auditScopePredicate(scope))
      .orderBy('audit_log.seq', 'desc')
      .limit(f.limit + 1);
    if (f.actorId) q = q.where('audit_log.actor_id', '=', f.actorId);
    if (f.agencyId) {
      q = q.where((eb) =>
        eb.or([
          eb('audit_log.actor_agency_id', '=', f.agencyId!),
          eb('audit_log.object_agency_id', '=', f.agencyId!),
        ]),
      );
    }
    if (f.action) q = q.where('audit_log.action', '=', f.action);
    if (f.objectType) q = q.where('audit_log.object_type', '=', f.objectType);
    if (f.objectId) q = q.where('audit_log.object_id', '=', f.objectId);
    if (f.outcome) q = q.where('audit_log.outcome', '=', f.outcome);
    if (f.from) q = q.where('audit_log.at', '>=', new Date(f.from));
    // A bare date as the upper bound means "to the end of that day".
    if (f.to) {
      q = q.where(
        'audit_log.at',
        '<',
        f.to.length === 10 ? new Date(Date.parse(f.to) + 86_400_000) : new Date(f.to),
      );
    }
    if (f.before) q = q.where('audit_log.seq', '<', f.before);
    const rows = await q.execute();
    const page = rows.slice(0, f.limit);
    return {
      items: page.map(presentAuditRow),
      nextBefore: rows.length > f.limit ? (page.at(-1)?.seq ?? null) : null,
    };
  });

  api.get('/audit/actions', { config, schema: { tags } }, async (req) => {
    const scope = agencyScope(req.ctx.actor!, 'audit.read');
    forbiddenUnless(scope.kind !== 'none');
    const rows = await app.db
      .selectFrom('audit_log')
      .select('action')
      .distinct()
      .where(auditScopePredicate(scope))
      .orderBy('action')
      .execute();
    return { items: rows.map((r) => r.action) };
  });
}
