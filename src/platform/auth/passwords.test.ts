import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { assertPasswordAcceptable, hashPassword, verifyPassword } from './passwords.js';
import { currentTotpCode, matchTotpStep, newTotpSecret } from './totp.js';

function refusal(password: string, username = 'a.nurlanov'): string | null {
  try {
    assertPasswordAcceptable(password, username);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
}

describe('password policy', () => {
  it('refuses short, common, repetitive and user-name passwords', () => {
    expect(refusal('short-pass1')).toMatch(/at least 12/);
    expect(refusal('qwerty123456')).toMatch(/too common/);
    expect(refusal('Password1234!!')).toMatch(/too common/);
    expect(refusal('aaaaaaaaaaaaaaaa')).toMatch(/too common/);
    expect(refusal('my-a.nurlanov-secret')).toMatch(/user name/);
  });

  it('accepts a long passphrase, in any script', () => {
    expect(refusal('steppe-falcon-orbit-42')).toBeNull();
    expect(refusal('степной-сокол-орбита')).toBeNull();
  });

  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('steppe-falcon-orbit-42');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'steppe-falcon-orbit-42')).toBe(true);
    expect(await verifyPassword(hash, 'steppe-falcon-orbit-43')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});

describe('TOTP', () => {
  it('accepts the current code and its neighbours, and names the time step', () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 10, 30, 12, 0, 15);
    const step = Math.floor(now / 30_000);
    expect(matchTotpStep(secret, currentTotpCode(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, currentTotpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, currentTotpCode(secret, now - 120_000), now)).toBeNull();
    expect(matchTotpStep(secret, '12345', now)).toBeNull();
    expect(matchTotpStep(secret, 'abcdef', now)).toBeNull();
  });
});
