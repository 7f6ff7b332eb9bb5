import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { sql, type Kysely } from 'kysely';
import { recordAudit } from '../platform/audit/audit.js';
import { createApiToken } from '../platform/auth/api-tokens.js';
import { assertPasswordAcceptable, hashPassword } from '../platform/auth/passwords.js';
import { endAllSessionsOfUser } from '../platform/auth/sessions.js';
import {
  AGENCY_KINDS,
  ROLES,
  TOKEN_SCOPES,
  type Database,
  type Role,
  type TokenScope,
} from '../platform/db/schema.js';
import { AppError } from '../platform/errors.js';
import { CreateAgencyBody } from '../platform/directory/directory.schema.js';
import { insertAgency } from '../platform/directory/directory.service.js';
import { applyUserActionInTx, setPassword, type AdminAction } from '../platform/users/users.service.js';
import { Username } from '../platform/users/users.schema.js';
import { cliContext, cliOperator, withDatabase } from './open.js';

/** A strong random password for accounts created without one (printed once). */
function generatedPassword(): string {
  return randomBytes(18).toString('base64url');
}

function parseList<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item as T)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Unknown ${what} "${item}" (one of: ${allowed.join(', ')})`,
        what,
      );
    }
  }
  return items as T[];
}

async function findUser(db: Kysely<Database>, username: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'agency_id'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  if (!user) throw new AppError('NOT_FOUND', `No user "${username}"`, 'username');
  return user;
}

/** Parses "90d", "12h" or an ISO date into an expiry instant. */
export function parseExpiry(value: string, now = Date.now()): Date {
  const relative = /^(\d+)([dh])$/.exec(value);
  if (relative) return new Date(now + Number(relative[1]) * (relative[2] === 'd' ? 86_400_000 : 3_600_000));
  const at = Date.parse(value);
  if (Number.isNaN(at) || at <= now) {
    throw new AppError('VALIDATION_FAILED', 'Expiry must be like 90d, 12h or a future ISO date', 'expires');
  }
  return new Date(at);
}

/** `northroute user …` and `northroute token …`: account administration without a running server. */
export function registerAdminCommands(program: Command): void {
  program
    .command('agency')
    .description('Manage agencies directly in the database')
    .command('create')
    .description('Create an agency (the first one of a production install, before any administrator exists)')
    .requiredOption('--code <code>', 'unique code, e.g. KZ-MVD')
    .requiredOption('--name <name>', 'name in English')
    .requiredOption('--name-ru <name>', 'name in Russian')
    .requiredOption('--kind <kind>', `one of: ${AGENCY_KINDS.join(', ')}`)
    .option('--country <code>', 'ISO 3166 country code, e.g. KZ')
    .option('--organisation <code>', 'organisation code instead of a country, e.g. CARICC')
    .option('--require-totp', 'every user of the agency must use a second factor')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(
      async (opts: {
        code: string;
        name: string;
        nameRu: string;
        kind: string;
        country?: string;
        organisation?: string;
        requireTotp?: boolean;
        dataDir?: string;
      }) => {
        await withDatabase(opts, async ({ db }) => {
          const organisation = opts.organisation
            ? await db
                .selectFrom('organisations')
                .select('id')
                .where('code', '=', opts.organisation)
                .executeTakeFirst()
            : undefined;
          if (opts.organisation && !organisation) {
            throw new AppError('NOT_FOUND', `No organisation "${opts.organisation}"`, 'organisation');
          }
          const parsed = CreateAgencyBody.safeParse({
            code: opts.code,
            name: opts.name,
            nameRu: opts.nameRu,
            kind: opts.kind,
            countryCode: opts.country?.toUpperCase(),
            organisationId: organisation?.id,
            requireTotp: opts.requireTotp ?? false,
          });
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new AppError(
              'VALIDATION_FAILED',
              issue?.message ?? 'Invalid agency',
              String(issue?.path[0] ?? 'agency'),
            );
          }
          await insertAgency(db, cliContext(), parsed.data, cliOperator());
        });
        console.log(`Created agency ${opts.code}.`);
      },
    );

  const user = program.command('user').description('Manage user accounts directly in the database');

  user
    .command('create')
    .description('Create a user (prints a generated password if none is given)')
    .requiredOption('--username <name>', 'user name')
    .requiredOption('--agency <code>', 'agency code, e.g. KZ-MVD')
    .option('--roles <list>', `comma-separated roles (${ROLES.join(', ')})`, 'officer')
    .option('--display-name <name>', 'full name')
    .option('--password <password>', 'initial password (or NORTHROUTE_PASSWORD); generated if absent')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(
      async (opts: {
        username: string;
        agency: string;
        roles: string;
        displayName?: string;
        password?: string;
        dataDir?: string;
      }) => {
        const roles: Role[] = parseList(opts.roles, ROLES, 'roles');
        const validName = Username.safeParse(opts.username);
        if (!validName.success) {
          throw new AppError(
            'VALIDATION_FAILED',
            validName.error.issues[0]?.message ?? 'Invalid user name',
            'username',
          );
        }
        const given = opts.password ?? process.env.NORTHROUTE_PASSWORD;
        const password = given ?? generatedPassword();
        assertPasswordAcceptable(password, opts.username);
        const passwordHash = await hashPassword(password);
        await withDatabase(opts, async ({ db }) => {
          const agency = await db
            .selectFrom('agencies')
            .select('id')
            .where('code', '=', opts.agency)
            .executeTakeFirst();
          if (!agency) throw new AppError('NOT_FOUND', `No agency "${opts.agency}"`, 'agency');
          await db.transaction().execute(async (tx) => {
            const taken = await tx
              .selectFrom('users')
              .select('id')
              .where(sql<boolean>`lower(username) = ${opts.username.toLowerCase()}`)
              .executeTakeFirst();
            if (taken) {
              throw new AppError('CONFLICT', `The user name "${opts.username}" is taken`, 'username');
            }
            const { id } = await tx
              .insertInto('users')
              .values({
                agency_id: agency.id,
                username: opts.username,
                display_name: opts.displayName ?? opts.username,
                password_hash: passwordHash,
                roles,
                password_changed_at: new Date(),
                updated_at: new Date(),
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            await recordAudit(tx, cliContext(), {
              action: 'user.create',
              objectType: 'user',
              objectId: id,
              username: cliOperator(),
              objectAgencyId: agency.id,
              details: { username: opts.username, roles },
            });
          });
        });
        console.log(`Created ${opts.username} (${roles.join(', ')}) in ${opts.agency}.`);
        if (!given) console.log(`Initial password (shown once): ${password}`);
      },
    );

  const actions: { name: string; action: AdminAction; description: string; done: string }[] = [
    {
      name: 'disable',
      action: 'disable',
      description: 'Disable a user: ends all his sessions and revokes all his API tokens at once',
      done: 'Disabled',
    },
    { name: 'enable', action: 'enable', description: 'Enable a disabled user again', done: 'Enabled' },
    {
      name: 'unlock',
      action: 'unlock',
      description: 'Lift a lockout after too many failed sign-ins',
      done: 'Unlocked',
    },
    {
      name: 'reset-totp',
      action: 'reset_totp',
      description: 'Remove the second factor (lost phone); the user enrols a new one at next sign-in',
      done: 'Removed the second factor of',
    },
  ];
  for (const { name, action, description, done } of actions) {
    user
      .command(`${name} <username>`)
      .description(description)
      .option('--data-dir <dir>', 'embedded database directory')
      .action(async (username: string, opts: { dataDir?: string }) => {
        const details = await withDatabase(opts, ({ db }) =>
          db.transaction().execute(async (tx) => {
            const found = await findUser(tx, username);
            const done = await applyUserActionInTx(tx, found.id, action);
            await recordAudit(tx, cliContext(), {
              action: `user.${action}`,
              objectType: 'user',
              objectId: found.id,
              username: cliOperator(),
              objectAgencyId: found.agency_id,
              details: done,
            });
            return done;
          }),
        );
        const facts = Object.entries(details).map(([k, v]) => `${k}: ${String(v)}`);
        console.log(`${done} ${username}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}.`);
      });
  }

  user
    .command('reset-password <username>')
    .description(
      "Set a new password (generated if none is given); ends the user's sessions and lifts a lockout",
    )
    .option('--password <password>', 'new password (or NORTHROUTE_PASSWORD)')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (username: string, opts: { password?: string; dataDir?: string }) => {
      const given = opts.password ?? process.env.NORTHROUTE_PASSWORD;
      const password = given ?? generatedPassword();
      assertPasswordAcceptable(password, username);
      await withDatabase(opts, ({ db }) =>
        db.transaction().execute(async (tx) => {
          const found = await findUser(tx, username);
          await setPassword(tx, found.id, password);
          const sessionsEnded = await endAllSessionsOfUser(tx, found.id);
          await recordAudit(tx, cliContext(), {
            action: 'user.reset_password',
            objectType: 'user',
            objectId: found.id,
            username: cliOperator(),
            objectAgencyId: found.agency_id,
            details: { sessionsEnded },
          });
        }),
      );
      console.log(`Password of ${username} reset.`);
      if (!given) console.log(`New password (shown once): ${password}`);
    });

  const token = program.command('token').description('Manage API tokens for system-to-system access');
  token
    .command('create')
    .description('Create an API token for a user; the token is printed once and stored only hashed')
    .requiredOption('--user <username>', 'the user the token acts as')
    .option('--scope <list>', `comma-separated scopes (${TOKEN_SCOPES.join(', ')})`, 'read')
    .option('--expires <when>', 'lifetime like 90d or 12h, or an ISO date', '90d')
    .option('--name <name>', 'what the token is for', 'command-line token')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(
      async (opts: { user: string; scope: string; expires: string; name: string; dataDir?: string }) => {
        const scopes: TokenScope[] = parseList(opts.scope, TOKEN_SCOPES, 'scope');
        const expiresAt = parseExpiry(opts.expires);
        const secret = await withDatabase(opts, ({ db }) =>
          db.transaction().execute(async (tx) => {
            const found = await findUser(tx, opts.user);
            const created = await createApiToken(tx, {
              userId: found.id,
              agencyId: found.agency_id,
              name: opts.name,
              scopes,
              expiresAt,
              createdBy: null,
            });
            await recordAudit(tx, cliContext(), {
              action: 'token.create',
              objectType: 'api_token',
              objectId: created.row.id,
              username: cliOperator(),
              objectAgencyId: found.agency_id,
              details: { userId: found.id, scopes, expiresAt: expiresAt.toISOString() },
            });
            return created.secret;
          }),
        );
        console.log(
          `Token for ${opts.user} (scopes ${scopes.join(', ')}, expires ${expiresAt.toISOString()}). It is shown only now:`,
        );
        console.log(secret);
      },
    );

  token
    .command('revoke <idOrPrefix>')
    .description('Revoke an API token by its id or its visible prefix (nrt_…)')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (idOrPrefix: string, opts: { dataDir?: string }) => {
      await withDatabase(opts, ({ db }) =>
        db.transaction().execute(async (tx) => {
          const isUuid = /^[0-9a-f-]{36}$/i.test(idOrPrefix);
          const row = await tx
            .selectFrom('api_tokens')
            .select(['id', 'agency_id'])
            .where(isUuid ? 'id' : 'prefix', '=', idOrPrefix)
            .executeTakeFirst();
          if (!row) throw new AppError('NOT_FOUND', `No token "${idOrPrefix}"`, 'token');
          await tx
            .updateTable('api_tokens')
            .set({ revoked_at: new Date() })
            .where('id', '=', row.id)
            .where('revoked_at', 'is', null)
            .execute();
          await recordAudit(tx, cliContext(), {
            action: 'token.revoke',
            objectType: 'api_token',
            objectId: row.id,
            username: cliOperator(),
            objectAgencyId: row.agency_id,
          });
        }),
      );
      console.log(`Revoked ${idOrPrefix}.`);
    });
}
