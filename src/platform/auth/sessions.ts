import type { Kysely, Transaction } from 'kysely';
import type { Database, SessionRow } from '../db/schema.js';
import { randomSecret, sha256 } from './secrets.js';

/** Session lifetimes: idle (since last request) and absolute (since sign-in). */
export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

/** A new session: the cookie value (shown to the browser once) and the CSRF token. */
export interface NewSession {
  id: string;
  cookieValue: string;
  csrfToken: string;
}

/** Creates a session; only the SHA-256 of the cookie value is stored. */
export async function createSession(
  tx: Transaction<Database>,
  input: {
    userId: string;
    agencyId: string;
    stage: SessionRow['stage'];
    ip: string | null;
    userAgent: string | null;
  },
  limits: SessionLimits,
): Promise<NewSession> {
  const cookieValue = randomSecret(32);
  const csrfToken = randomSecret(24);
  const now = new Date();
  const row = await tx
    .insertInto('sessions')
    .values({
      token_hash: sha256(cookieValue),
      user_id: input.userId,
      agency_id: input.agencyId,
      stage: input.stage,
      csrf_token: csrfToken,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + limits.absoluteHours * 3_600_000),
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, cookieValue, csrfToken };
}

/** Finds the live session for a cookie value; expired or idle sessions are deleted and give null. */
export async function findLiveSession(
  db: Kysely<Database>,
  cookieValue: string,
  limits: SessionLimits,
): Promise<SessionRow | null> {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', sha256(cookieValue))
    .executeTakeFirst();
  if (!session) return null;
  const now = Date.now();
  const idleExpired = now - session.last_seen_at.getTime() > limits.idleMinutes * 60_000;
  if (idleExpired || now > session.expires_at.getTime()) {
    await db.deleteFrom('sessions').where('id', '=', session.id).execute();
    return null;
  }
  // Writing on every request would serialise reads on PGlite; a minute's precision is enough for idling.
  if (now - session.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', session.id)
      .execute();
  }
  return session;
}

/** Ends one session. */
export async function endSession(tx: Kysely<Database>, sessionId: string): Promise<void> {
  await tx.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user (sign-out everywhere, disabling, password reset). */
export async function endAllSessionsOfUser(tx: Kysely<Database>, userId: string): Promise<number> {
  const result = await tx.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
