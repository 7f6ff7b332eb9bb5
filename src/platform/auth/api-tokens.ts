import type { Kysely, Transaction } from 'kysely';
import type { ApiTokenRow, Database, TokenScope } from '../db/schema.js';
import { randomBytes } from 'node:crypto';
import { randomSecret, sha256 } from './secrets.js';

/** Every API token starts with this, so leaked tokens are recognisable by secret scanners. */
export const TOKEN_PREFIX = 'nrt_';

/** Creates a token; returns the row and the secret, which is never stored and shown only this once. */
export async function createApiToken(
  tx: Transaction<Database>,
  input: {
    userId: string;
    agencyId: string;
    name: string;
    scopes: TokenScope[];
    expiresAt: Date;
    createdBy: string | null;
  },
): Promise<{ row: ApiTokenRow; secret: string }> {
  // Hex, so the visible prefix never contains the '_' that separates it from the secret part.
  const visible = randomBytes(5).toString('hex');
  const secret = `${TOKEN_PREFIX}${visible}_${randomSecret(32)}`;
  const row = await tx
    .insertInto('api_tokens')
    .values({
      user_id: input.userId,
      agency_id: input.agencyId,
      name: input.name,
      prefix: `${TOKEN_PREFIX}${visible}`,
      token_hash: sha256(secret),
      scopes: input.scopes,
      created_by: input.createdBy,
      expires_at: input.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row, secret };
}

/** The live (not revoked, not expired) token for a secret, or null. */
export async function findLiveToken(db: Kysely<Database>, secret: string): Promise<ApiTokenRow | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', sha256(secret))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
  }
  return row;
}

/** Revokes every live token of a user (disabling a user ends all his access at once). */
export async function revokeAllTokensOfUser(tx: Kysely<Database>, userId: string): Promise<number> {
  const result = await tx
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
