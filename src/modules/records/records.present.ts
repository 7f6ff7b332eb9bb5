import type { Selectable } from 'kysely';
import type { RecordTable } from '../../platform/db/schema.js';

/** A record row joined with its owner agency's code. */
export type RecordRow = Selectable<RecordTable> & { owner_agency_code: string };

/** A record as the API shows it to an actor who may see it. */
export function presentRecord(row: RecordRow) {
  return {
    id: row.id,
    schema: row.schema,
    caption: row.caption,
    properties: row.properties as Record<string, string[]>,
    ownerAgencyId: row.owner_agency_id,
    ownerAgencyCode: row.owner_agency_code,
    sharing: {
      distribution: row.distribution,
      distributionAgencies: row.distribution_agencies,
      handlingCode: row.handling_code,
      handlingRestriction: row.handling_restriction,
      evaluation:
        row.eval_source && row.eval_info ? { source: row.eval_source, information: row.eval_info } : null,
      statisticsOnly: row.statistics_only,
    },
    source: row.source,
    externalId: row.external_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}
export type RecordView = ReturnType<typeof presentRecord>;
