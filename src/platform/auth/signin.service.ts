import type { Kysely } from 'kysely';
import type { RequestContext } from '../access/actor.js';
import { ROLES_REQUIRING_TOTP } from '../access/policy.js';
import { recordAudit } from '../audit/audit.js';
import type { Database, Role } from '../db/schema.js';
import { AppError } from '../errors.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { createSession, endSession, type NewSession, type SessionLimits } from './sessions.js';
import { matchTotpStep } from './totp.js';
import { sha256 } from './secrets.js';

/** Failed attempts (wrong password or wrong code) before the account locks. */
export const MAX_FAILED_ATTEMPTS = 10;
/** How long a locked account stays locked. */
export const LOCKOUT_MINUTES = 15;

/** Whether a user must use a second factor: always once enrolled; else by agency policy or admin role. */
export function totpRequired(
  user: { roles: Role[]; totp_enrolled_at: Date | null; demo: boolean },
  agencyRequiresTotp: boolean,
  demoMode: boolean,
): boolean {
  if (user.totp_enrolled_at) return true;
  if (agencyRequiresTotp) return true;
  // Demo accounts let a newcomer in within a minute; every other administrator must enrol.
  if (demoMode && user.demo) return false;
  return user.roles.some((r) => ROLES_REQUIRING_TOTP.includes(r));
}

export interface SignInInput {
  username: string;
  password: string;
  totpCode?: string | undefined;
  userAgent: string | null;
  /** The session the browser had before, ended so a session id never survives a sign-in. */
  previousSessionId?: string | undefined;
}

/**
 * How an unknown user name is written to the (permanent) audit log: people type passwords into the
 * user-name field, so the text itself is never stored — a short digest still lets an administrator
 * see repeated guesses at the same name.
 */
export function unknownUsernameLabel(typed: string): string {
  return `unknown:${sha256(typed.toLowerCase()).slice(0, 12)}`;
}

type Attempt = { ok: true; session: NewSession; userId: string } | { ok: false; error: AppError };

/**
 * Checks a password (and TOTP code) and opens a session. Every attempt, good or bad, is audited in
 * the same transaction as the counter it changes; errors are thrown only after that commits.
 */
export async function signIn(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: SignInInput,
  limits: SessionLimits,
  demoMode: boolean,
): Promise<{ session: NewSession; userId: string }> {
  const user = await db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .selectAll('users')
    .select(['agencies.require_totp', 'agencies.active as agency_active'])
    .where((eb) => eb(eb.fn('lower', ['users.username']), '=', input.username.toLowerCase()))
    .executeTakeFirst();

  const invalid = new AppError('INVALID_CREDENTIALS', 'Wrong user name or password');
  if (!user) {
    await verifyAgainstDummy(input.password);
    await db.transaction().execute((tx) =>
      recordAudit(tx, ctx, {
        action: 'auth.sign_in',
        outcome: 'failure',
        userId: null,
        agencyId: null,
        username: unknownUsernameLabel(input.username),
        details: { reason: 'unknown_user' },
      }),
    );
    throw invalid;
  }
  const now = new Date();
  const audit = {
    action: 'auth.sign_in',
    objectType: 'user',
    objectId: user.id,
    userId: user.id,
    username: user.username,
    agencyId: user.agency_id,
  } as const;

  const attempt = await db.transaction().execute(async (tx): Promise<Attempt> => {
    const fail = async (reason: string, error: AppError, countsTowardLockout: boolean): Promise<Attempt> => {
      let locked = false;
      if (countsTowardLockout) {
        // Incremented in SQL so that parallel guesses cannot each read the same old count.
        const counted = await tx
          .updateTable('users')
          .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
          .where('id', '=', user.id)
          .returning('failed_attempts')
          .executeTakeFirstOrThrow();
        locked = counted.failed_attempts >= MAX_FAILED_ATTEMPTS;
        if (locked) {
          const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
          await tx
            .updateTable('users')
            .set({ failed_attempts: 0, locked_until: until })
            .where('id', '=', user.id)
            .execute();
        }
      }
      await recordAudit(tx, ctx, { ...audit, outcome: 'failure', details: { reason, locked } });
      return {
        ok: false,
        error: locked
          ? new AppError(
              'ACCOUNT_LOCKED',
              `Too many failed attempts; try again in ${LOCKOUT_MINUTES} minutes`,
            )
          : error,
      };
    };

    if (user.locked_until && user.locked_until > now) {
      return fail(
        'locked',
        new AppError('ACCOUNT_LOCKED', 'Too many failed attempts; try again later'),
        false,
      );
    }
    if (!(await verifyPassword(user.password_hash, input.password))) {
      return fail('wrong_password', invalid, true);
    }
    if (user.disabled || !user.agency_active) return fail('disabled', invalid, false);

    let stage: 'full' | 'totp_enrolment' = 'full';
    let totpStep: number | null = null;
    if (user.totp_enrolled_at && user.totp_secret) {
      if (!input.totpCode) {
        await recordAudit(tx, ctx, {
          ...audit,
          outcome: 'failure',
          details: { reason: 'second_factor_missing' },
        });
        return {
          ok: false,
          error: new AppError('TOTP_REQUIRED', 'Enter the code from your authenticator app', 'totpCode'),
        };
      }
      totpStep = matchTotpStep(user.totp_secret, input.totpCode);
      if (totpStep === null) {
        return fail('wrong_totp', new AppError('TOTP_INVALID', 'Wrong or expired code', 'totpCode'), true);
      }
      if (user.totp_last_step !== null && totpStep <= user.totp_last_step) {
        return fail(
          'replayed_totp',
          new AppError('TOTP_INVALID', 'This code was already used; wait for the next one', 'totpCode'),
          true,
        );
      }
    } else if (totpRequired(user, user.require_totp, demoMode)) {
      stage = 'totp_enrolment';
    }

    await tx
      .updateTable('users')
      .set({
        failed_attempts: 0,
        locked_until: null,
        last_sign_in_at: now,
        ...(totpStep !== null ? { totp_last_step: totpStep } : {}),
      })
      .where('id', '=', user.id)
      .execute();
    if (input.previousSessionId) await endSession(tx, input.previousSessionId);
    const session = await createSession(
      tx,
      { userId: user.id, agencyId: user.agency_id, stage, ip: ctx.ip, userAgent: input.userAgent },
      limits,
    );
    await recordAudit(tx, ctx, {
      ...audit,
      outcome: 'success',
      details: { stage, secondFactor: totpStep !== null },
    });
    return { ok: true, session, userId: user.id };
  });
  if (!attempt.ok) throw attempt.error;
  return attempt;
}
