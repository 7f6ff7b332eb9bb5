/** The audit filter as edited on screen, and its translation to API query parameters. */
import dayjs from 'dayjs';
import type { AuditFilter } from '../../api/audit';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../../api/types';

export interface AuditFilterValues {
  actorId: string | null;
  agencyId: string | null;
  action: string | null;
  objectType: string;
  objectId: string;
  outcome: AuditOutcome | null;
  /** Calendar days `YYYY-MM-DD`, inclusive, in the browser's time zone. */
  range: [string | null, string | null];
}

/** Reads initial filter values from the address (links from other screens). */
export function filterFromParams(params: URLSearchParams): AuditFilterValues {
  const outcome = params.get('outcome');
  return {
    actorId: params.get('actorId'),
    agencyId: params.get('agencyId'),
    action: params.get('action'),
    objectType: params.get('objectType') ?? '',
    objectId: params.get('objectId') ?? '',
    outcome: AUDIT_OUTCOMES.find((value) => value === outcome) ?? null,
    range: [params.get('from'), params.get('to')],
  };
}

/** Converts screen values to API parameters: whole local days become ISO instants [from, to). */
export function toApiFilter(values: AuditFilterValues): AuditFilter {
  const [from, to] = values.range;
  return {
    actorId: values.actorId,
    agencyId: values.agencyId,
    action: values.action,
    objectType: values.objectType,
    objectId: values.objectId,
    outcome: values.outcome,
    from: from ? dayjs(from).startOf('day').toISOString() : null,
    // The server's upper bound is exclusive: up to the start of the following day.
    to: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : null,
  };
}

export const EMPTY_FILTER: AuditFilterValues = {
  actorId: null,
  agencyId: null,
  action: null,
  objectType: '',
  objectId: '',
  outcome: null,
  range: [null, null],
};

/** Whether any filter is set. */
export function isFiltered(values: AuditFilterValues): boolean {
  return JSON.stringify(values) !== JSON.stringify(EMPTY_FILTER);
}
