import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** A FollowTheMoney entity as JSON lines carry it: every property holds a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/**
 * Properties from optional values: null, undefined and empty lists are left out (FtM has no null), and
 * every value becomes a string.
 */
export function ftmProperties(
  values: Record<string, string | number | boolean | null | undefined | readonly string[]>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    const list = Array.isArray(value) ? [...(value as readonly string[])] : [String(value)];
    if (list.length > 0) out[key] = list;
  }
  return out;
}

/** One JSON line (an entity and a line feed). JSON escapes every control character, so lines stay lines. */
export function ftmLine(entity: FtmEntity): string {
  return `${JSON.stringify({ id: entity.id, schema: entity.schema, properties: entity.properties })}\n`;
}

/** A JSON-lines file of FtM entities, written with backpressure. */
export async function ftmWriter(path: string): Promise<{
  write(entity: FtmEntity): Promise<void>;
  finish(): Promise<void>;
}> {
  const out = createWriteStream(path);
  await once(out, 'open');
  let buffer = '';
  const flush = async () => {
    const chunk = buffer;
    buffer = '';
    if (!out.write(chunk)) await once(out, 'drain');
  };
  return {
    async write(entity) {
      buffer += ftmLine(entity);
      if (buffer.length > 64 * 1024) await flush();
    },
    async finish() {
      await flush();
      out.end();
      await once(out, 'finish');
    },
  };
}
