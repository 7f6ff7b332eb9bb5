import { sql, type Kysely } from 'kysely';
import { recordAudit } from '../platform/audit/audit.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { Database, Role } from '../platform/db/schema.js';
import { demoAgencies, demoMemberships, demoOrganisations } from './region-data.js';
import { generateDemoData } from './generate/index.js';

/** The password of every demo account (demo mode only; printed at start-up). */
export const DEMO_PASSWORD = 'Northroute-Demo-2026';
const DEMO_SETTING = 'demo';

/** The demo accounts made for each agency: user-name suffix, roles, display-name role. */
const PER_AGENCY: { suffix: string; roles: Role[]; title: string }[] = [
  { suffix: 'officer', roles: ['officer'], title: 'Officer' },
  { suffix: 'analyst', roles: ['analyst'], title: 'Analyst' },
  { suffix: 'admin', roles: ['agency_admin'], title: 'Agency administrator' },
];

/** True once the demo region has been loaded into this database. */
export async function isDemoLoaded(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('key')
    .where('key', '=', DEMO_SETTING)
    .executeTakeFirst();
  return row !== undefined;
}

/** True if the database has no users yet (a fresh data directory). */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The user name of an agency's demo account. */
export function demoUsername(agencyCode: string, suffix: string): string {
  return `${agencyCode.toLowerCase()}.${suffix}`;
}

/** Seizures the first-start demo generates (with their groups, persons and vehicles): every screen has data. */
export const DEMO_SEIZURES = 2000;

/**
 * Loads the demo region: memberships, organisations, agencies and demo users, plus a platform
 * administrator `admin` at the regional centre, then `seizures` generated seizures (default
 * DEMO_SEIZURES; src/demo/generate/). Idempotent: rows that exist are left as they are.
 */
export async function loadDemoRegion(
  db: Kysely<Database>,
  options: { seizures?: number } = {},
): Promise<{ agencies: number; users: number; seizures: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const region = await db.transaction().execute(async (tx) => {
    for (const m of demoMemberships) {
      await tx
        .updateTable('countries')
        .set({ status: m.status, status_since: m.since, status_until: m.until ?? null })
        .where('code', '=', m.countryCode)
        .execute();
    }
    for (const o of demoOrganisations) {
      await tx
        .insertInto('organisations')
        .values({
          code: o.code,
          name: o.name,
          name_ru: o.nameRu,
          kind: o.kind,
          status: o.status ?? null,
          status_since: o.statusSince ?? null,
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    const orgIds = new Map(
      (await tx.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code, o.id]),
    );
    for (const a of demoAgencies) {
      await tx
        .insertInto('agencies')
        .values({
          code: a.code,
          name: a.name,
          name_ru: a.nameRu,
          kind: a.kind,
          country_code: a.countryCode ?? null,
          organisation_id: a.organisationCode ? (orgIds.get(a.organisationCode) ?? null) : null,
          updated_at: new Date(),
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    const agencies = await tx.selectFrom('agencies').select(['id', 'code', 'name', 'kind']).execute();
    const users = agencies.flatMap((agency) =>
      PER_AGENCY.map((p) => ({
        agency_id: agency.id,
        username: demoUsername(agency.code, p.suffix),
        display_name: `${p.title}, ${agency.code}`,
        password_hash: passwordHash,
        roles: p.roles,
        demo: true,
        password_changed_at: new Date(),
        updated_at: new Date(),
      })),
    );
    const centre = agencies.find((a) => a.kind === 'regional_centre') ?? agencies[0];
    if (centre) {
      users.push({
        agency_id: centre.id,
        username: 'admin',
        display_name: 'Platform administrator',
        password_hash: passwordHash,
        roles: ['platform_admin'],
        demo: true,
        password_changed_at: new Date(),
        updated_at: new Date(),
      });
    }
    for (const user of users) {
      await tx
        .insertInto('users')
        .values(user)
        .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
        .execute();
    }
    await tx
      .insertInto('settings')
      .values({ key: DEMO_SETTING, value: JSON.stringify({ loadedAt: new Date().toISOString() }) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    await recordAudit(
      tx,
      { requestId: 'demo-load', ip: null, actor: null },
      { action: 'demo.load', details: { agencies: agencies.length, users: users.length } },
    );
    return { agencies: agencies.length, users: users.length };
  });
  const seizures = options.seizures ?? DEMO_SEIZURES;
  const generated =
    seizures > 0
      ? await generateDemoData(db, { requestId: 'demo-load', ip: null, actor: null }, { seizures })
      : { seizures: 0 };
  return { ...region, seizures: generated.seizures };
}
