/** Generated records before they are written: FtM entities and links with their owner and sharing. */
import type { Properties, RecordSchema } from '../../modules/records/ftm.js';
import type { Sharing } from '../../modules/records/records.schema.js';
import type { AgencyRef } from './agencies.js';
import { demoUuid } from './ids.js';

/** An entity or link record to insert into `records`. */
export interface RecordDraft {
  readonly id: string;
  readonly externalId: string;
  readonly schema: RecordSchema;
  readonly properties: Properties;
  readonly owner: AgencyRef;
  readonly sharing: Sharing;
}

/** A record draft with its id derived from the external id, and empty properties dropped. */
export function recordDraft(
  externalId: string,
  schema: RecordSchema,
  properties: Properties,
  owner: AgencyRef,
  sharing: Sharing,
): RecordDraft {
  const clean = Object.fromEntries(
    Object.entries(properties)
      .map(([k, values]): [string, string[]] => [k, [...new Set(values.filter((v) => v.trim().length > 0))]])
      .filter(([, values]) => values.length > 0),
  );
  return { id: demoUuid(externalId), externalId, schema, properties: clean, owner, sharing };
}
