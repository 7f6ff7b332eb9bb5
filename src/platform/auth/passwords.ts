import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors.js';

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longer inputs are refused before hashing, so a huge body cannot burn CPU. */
export const MAX_PASSWORD_LENGTH = 256;

// OWASP's argon2id baseline (19 MiB, 2 passes); ~80 ms per hash on the reference machine.
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot import).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

let commonPasswords: Set<string> | undefined;
function isCommon(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return commonPasswords.has(candidate);
}

/**
 * Throws WEAK_PASSWORD (naming `field`) unless the password is long enough, not on the bundled list of
 * ~49,000 common passwords (also with trailing digits and symbols removed), and does not contain the
 * user name.
 */
export function assertPasswordAcceptable(password: string, username: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'WEAK_PASSWORD',
      `Password must have at least ${MIN_PASSWORD_LENGTH} characters`,
      field,
    );
  }
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (isCommon(lower) || (stem.length >= 4 && isCommon(stem)) || new Set(lower).size <= 3) {
    throw new AppError('WEAK_PASSWORD', 'Password is too common', field);
  }
  if (username.length >= 3 && lower.includes(username.toLowerCase())) {
    throw new AppError('WEAK_PASSWORD', 'Password must not contain the user name', field);
  }
}

/** argon2id hash in PHC string form. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Checks a password against a stored hash; false on any malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so unknown user names cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('northroute-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
