import { describe, expect, it } from 'vitest';
import { badPathParameter, findNulCharacter } from './server.js';

describe('request guards', () => {
  it('finds a NUL character anywhere in a parsed body and names its path', () => {
    expect(findNulCharacter({ a: 'ok', b: [{ c: 'x\u0000y' }] }, 'body')).toBe('body.b.0.c');
    expect(findNulCharacter({ 'k\u0000': 1 }, 'body')).toBe('body');
    expect(findNulCharacter({ a: 'fine', n: 1, z: null }, 'body')).toBeNull();
  });

  it('names the path parameter the router could not decode', () => {
    const templates = ['/api/v1/users/:id', '/api/v1/users/:id/disable'].map((t) => t.split('/'));
    expect(badPathParameter(templates, '/api/v1/users/%zz')).toBe('params.id');
    expect(badPathParameter(templates, `/api/v1/users/${'a'.repeat(101)}/disable?x=1`)).toBe('params.id');
    expect(badPathParameter(templates, '/api/v1/agencies/%zz')).toBeNull();
    expect(badPathParameter(templates, '/api/v1/users/fine')).toBeNull();
  });
});
