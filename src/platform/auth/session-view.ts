import type { Kysely } from 'kysely';
import { loadActor } from '../access/load-actor.js';
import { permissionsOf, type Permission } from '../access/policy.js';
import type { Database } from '../db/schema.js';
import { findAgency } from '../directory/directory.repository.js';
import { presentAgency, type AgencyView } from '../directory/directory.present.js';
import { presentUser, usersQuery, type UserView } from '../users/users.present.js';

/** What the web app learns about the signed-in user at sign-in and on reload. */
export interface SessionView {
  user: UserView;
  agency: AgencyView;
  csrfToken: string;
  stage: 'full' | 'totp_enrolment';
  permissions: Permission[];
  demo: boolean;
}

/** Builds the session view for a user's session. */
export async function buildSessionView(
  db: Kysely<Database>,
  session: { id: string; userId: string; csrfToken: string; stage: 'full' | 'totp_enrolment' },
  demoMode: boolean,
): Promise<SessionView> {
  const user = await usersQuery(db).where('users.id', '=', session.userId).executeTakeFirstOrThrow();
  const agency = (await findAgency(db, user.agency_id))!;
  const actor = await loadActor(db, user.id, {
    kind: 'session',
    sessionId: session.id,
    stage: session.stage,
  });
  return {
    user: presentUser(user),
    agency: presentAgency(agency),
    csrfToken: session.csrfToken,
    stage: session.stage,
    permissions: session.stage === 'full' && actor ? permissionsOf(actor) : [],
    demo: demoMode,
  };
}
