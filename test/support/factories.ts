import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/platform/auth/passwords.js';
import type { AgencyKind, Database, Role } from '../../src/platform/db/schema.js';

/** The password factories give users unless told otherwise. */
export const TEST_PASSWORD = 'steppe-falcon-orbit-42';

const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

const suffix = () => randomBytes(4).toString('hex');

/** Inserts an agency (country KZ unless told otherwise). */
export async function buildAgency(
  db: Kysely<Database>,
  overrides: { code?: string; countryCode?: string; kind?: AgencyKind; requireTotp?: boolean } = {},
) {
  return db
    .insertInto('agencies')
    .values({
      code: overrides.code ?? `T-${suffix().toUpperCase()}`,
      name: 'Test agency',
      name_ru: 'Тестовое ведомство',
      kind: overrides.kind ?? 'drug_control',
      country_code: overrides.countryCode ?? 'KZ',
      require_totp: overrides.requireTotp ?? false,
      updated_at: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A user created by a factory, with the password in clear for signing in. */
export interface TestUser {
  id: string;
  username: string;
  password: string;
  agencyId: string;
  roles: Role[];
}

/** Inserts a user; creates an agency for him if none is given. */
export async function buildUser(
  db: Kysely<Database>,
  overrides: {
    agencyId?: string;
    roles?: Role[];
    username?: string;
    password?: string;
    disabled?: boolean;
  } = {},
): Promise<TestUser> {
  const agencyId = overrides.agencyId ?? (await buildAgency(db)).id;
  const password = overrides.password ?? TEST_PASSWORD;
  const roles = overrides.roles ?? ['officer'];
  const username = overrides.username ?? `u${suffix()}`;
  const row = await db
    .insertInto('users')
    .values({
      agency_id: agencyId,
      username,
      display_name: `Test ${username}`,
      password_hash: await cachedHash(password),
      roles,
      disabled: overrides.disabled ?? false,
      password_changed_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, username, password, agencyId, roles };
}
