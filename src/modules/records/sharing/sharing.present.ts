import type { Actor } from '../../../platform/access/actor.js';
import { can } from '../../../platform/access/policy.js';
import type { SharingRequestRow } from './sharing.repository.js';

/** A sharing request as a party to it sees it; `record` is null where he may not see the record. */
export function presentSharingRequest(row: SharingRequestRow, actor: Actor) {
  const box = row.owner_agency_id === actor.agencyId ? 'incoming' : 'outgoing';
  const pending = row.status === 'pending';
  const caption = row.record_table === 'seizures' ? row.seizure_reference : row.record_caption;
  return {
    id: row.id,
    box,
    recordTable: row.record_table,
    recordId: row.record_id,
    record: caption === null ? null : { caption, schema: row.record_schema },
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    ownerAgency: { id: row.owner_agency_id, code: row.owner_agency_code },
    requesterAgency: { id: row.requester_agency_id, code: row.requester_agency_code },
    targetAgency:
      row.target_agency_id === null ? null : { id: row.target_agency_id, code: row.target_agency_code ?? '' },
    requestedBy: row.requested_by,
    requestedByUsername: row.requested_by_username,
    decidedBy: row.decided_by,
    decidedByUsername: row.decided_by_username,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionNote: row.decision_note,
    createdAt: row.created_at.toISOString(),
    /** What the actor may do with it now (the server checks again). */
    canDecide: box === 'incoming' && pending && can(actor, 'sharing.decide'),
    canWithdraw:
      box === 'outgoing' &&
      pending &&
      can(actor, 'records.write') &&
      (row.requested_by === actor.userId || can(actor, 'sharing.decide')),
  };
}
export type SharingRequestView = ReturnType<typeof presentSharingRequest>;
