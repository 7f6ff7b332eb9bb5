import type { Kysely } from 'kysely';
import type { Database } from '../../../src/platform/db/schema.js';
import { buildAgency, buildUser } from '../factories.js';
import type { AgencyFixture, ModuleCatalogue } from '../routes-catalogue.js';
import { entry } from './entry.js';

const U = '/api/v1';

/**
 * What the sharing samples act on, for one agency X, inserted straight into the database: a peer
 * agency P of the same country (with one officer) and a third agency T (a reshare target).
 * - `sharingRecordId`: an H2 record X owns, shared with P only;
 * - `sharingApproveId`, `sharingRefuseId`: P's pending requests about it (export; reshare to T);
 * - `sharingPeerSeizureId`: an H2 seizure P owns, shared with X only — a seizure, not a record, so
 *   that X's record list still holds only X's records (the matrix checks that);
 * - `sharingWithdrawId`: X's pending request to reshare P's seizure with T, made by X's officer;
 * - `notificationId`: X's agency-wide notice of the first request.
 * No agency id is kept: agencies are public directory data, and the matrix treats every value of
 * the fixture as one that must not show to another agency.
 */
async function sharingFixtures(db: Kysely<Database>, x: AgencyFixture): Promise<Record<string, string>> {
  const peer = await buildAgency(db, { countryCode: x.countryCode });
  const target = await buildAgency(db, { countryCode: x.countryCode });
  const peerOfficer = await buildUser(db, { agencyId: peer.id, roles: ['officer'] });
  const caption = `H2 Person of ${x.agencyCode}`;
  const record = await db
    .insertInto('records')
    .values({
      schema: 'Person',
      caption,
      properties: JSON.stringify({ name: [caption] }),
      owner_agency_id: x.agencyId,
      owner_country: x.countryCode,
      distribution: 'named_agencies',
      distribution_agencies: [peer.id],
      handling_code: 'H2',
      created_by: x.recordWriterId,
      updated_by: x.recordWriterId,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seizure = await db
    .insertInto('seizures')
    .values({
      reference: `P-${peer.code}`,
      occurred_on: '2025-05-02',
      country: x.countryCode,
      seizing_agency_id: peer.id,
      owner_agency_id: peer.id,
      owner_country: x.countryCode,
      distribution: 'named_agencies',
      distribution_agencies: [x.agencyId],
      handling_code: 'H2',
      created_by: peerOfficer.id,
      updated_by: peerOfficer.id,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const request = (values: {
    table: 'records' | 'seizures';
    recordId: string;
    owner: string;
    requester: string;
    by: string;
    kind: 'reshare' | 'export';
    target?: string;
  }) =>
    db
      .insertInto('sharing_requests')
      .values({
        record_table: values.table,
        record_id: values.recordId,
        owner_agency_id: values.owner,
        requester_agency_id: values.requester,
        requested_by: values.by,
        kind: values.kind,
        target_agency_id: values.target ?? null,
        reason: 'Joint investigation with the prosecutor',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const incoming = { table: 'records', recordId: record.id, owner: x.agencyId, requester: peer.id } as const;
  const approve = await request({ ...incoming, by: peerOfficer.id, kind: 'export' });
  const refuse = await request({ ...incoming, by: peerOfficer.id, kind: 'reshare', target: target.id });
  const withdraw = await request({
    table: 'seizures',
    recordId: seizure.id,
    owner: peer.id,
    requester: x.agencyId,
    by: x.recordWriterId,
    kind: 'reshare',
    target: target.id,
  });
  const notification = await db
    .insertInto('notifications')
    .values({
      agency_id: x.agencyId,
      kind: 'sharing_request.created',
      object_type: 'sharing_request',
      object_id: approve.id,
      details: JSON.stringify({ requestKind: 'export', recordTable: 'records' }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    sharingRecordId: record.id,
    sharingApproveId: approve.id,
    sharingRefuseId: refuse.id,
    sharingPeerSeizureId: seizure.id,
    sharingWithdrawId: withdraw.id,
    notificationId: notification.id,
  };
}

/**
 * Sharing requests and notifications. Asking, listing, reading and withdrawing are record routes:
 * operational data of the two agencies party to a request, "not found" to every other agency,
 * platform administrators included, and open to the party's record writers. Approving and refusing
 * are the owner agency's decisions, taken by its administrator or national coordinator: `object`
 * routes, whose positive control is the target agency's own administrator. Notifications are the
 * caller's own (`self`).
 */
export const SHARING_CATALOGUE: ModuleCatalogue = {
  fixtures: sharingFixtures,
  entries: [
    entry({
      method: 'POST',
      route: `${U}/sharing-requests`,
      access: 'full',
      scope: 'write',
      kind: 'record',
      body: 'schema',
      sample: ({ target, unique }) => ({
        path: `${U}/sharing-requests`,
        body: {
          recordTable: 'seizures',
          recordId: target.extra.sharingPeerSeizureId,
          kind: 'export',
          targetAgencyId: null,
          reason: `Export for the court file of case ${unique}`,
        },
      }),
    }),
    entry({
      method: 'GET',
      route: `${U}/sharing-requests`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: () => ({
        path: `${U}/sharing-requests`,
        query: { box: 'incoming', status: 'pending', limit: '50' },
      }),
    }),
    entry({
      method: 'GET',
      route: `${U}/sharing-requests/:id`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: ({ target }) => ({ path: `${U}/sharing-requests/${target.extra.sharingApproveId}` }),
      // The owner sees the caption of the record asked about.
      shows: (target) => `H2 Person of ${target.agencyCode}`,
    }),
    entry({
      method: 'POST',
      route: `${U}/sharing-requests/:id/approve`,
      sampleRoles: ['national_coordinator'],
      access: 'full',
      scope: 'write',
      kind: 'object',
      body: 'schema',
      sample: ({ target }) => ({
        path: `${U}/sharing-requests/${target.extra.sharingApproveId}/approve`,
        body: { note: 'Approved for the joint case' },
      }),
    }),
    entry({
      method: 'POST',
      route: `${U}/sharing-requests/:id/refuse`,
      sampleRoles: ['national_coordinator'],
      access: 'full',
      scope: 'write',
      kind: 'object',
      body: 'schema',
      sample: ({ target }) => ({
        path: `${U}/sharing-requests/${target.extra.sharingRefuseId}/refuse`,
        body: { note: 'The source must not be exposed' },
      }),
    }),
    entry({
      method: 'POST',
      route: `${U}/sharing-requests/:id/withdraw`,
      access: 'full',
      scope: 'write',
      kind: 'record',
      body: 'schema',
      sample: ({ target }) => ({
        path: `${U}/sharing-requests/${target.extra.sharingWithdrawId}/withdraw`,
        body: {},
      }),
    }),
    entry({
      method: 'GET',
      route: `${U}/notifications`,
      access: 'full',
      scope: 'read',
      kind: 'self',
      sample: () => ({ path: `${U}/notifications`, query: { unreadOnly: 'false', limit: '20' } }),
    }),
    entry({
      method: 'POST',
      route: `${U}/notifications/read-all`,
      access: 'full',
      scope: 'write',
      kind: 'self',
      body: 'schema',
      sample: () => ({ path: `${U}/notifications/read-all`, body: {} }),
    }),
    entry({
      method: 'POST',
      route: `${U}/notifications/:id/read`,
      access: 'full',
      scope: 'write',
      kind: 'self',
      body: 'schema',
      sample: ({ target }) => ({ path: `${U}/notifications/${target.extra.notificationId}/read`, body: {} }),
    }),
  ],
};
