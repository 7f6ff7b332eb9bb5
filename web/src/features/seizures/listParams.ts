/**
 * The seizure list's state in the address bar (filters, sort, page), so a filtered list can be
 * bookmarked or sent to a colleague. Unknown or malformed values are dropped, never sent on.
 */
import { FILTER_KEYS, SEIZURE_SORTS, type SeizureFilter, type SeizureSort } from '../../api/seizures';

export interface ListState {
  filter: SeizureFilter;
  sort: SeizureSort;
  /** 1-based page number. */
  page: number;
}

export const DEFAULT_SORT: SeizureSort = '-occurredOn';

function isSort(value: string | null): value is SeizureSort {
  return value !== null && (SEIZURE_SORTS as readonly string[]).includes(value);
}

/** Reads the list state from the query string. */
export function readListState(params: URLSearchParams): ListState {
  const filter: SeizureFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) {
      filter[key] = value;
    }
  }
  const sort = params.get('sort');
  const page = Number(params.get('page') ?? '1');
  return {
    filter,
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Writes a list state as a query string, leaving defaults out so addresses stay short. */
export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filter[key];
    if (value) {
      params.set(key, value);
    }
  }
  if (state.sort !== DEFAULT_SORT) {
    params.set('sort', state.sort);
  }
  if (state.page > 1) {
    params.set('page', String(state.page));
  }
  return params;
}

/** The state after changing one filter: back to the first page, whose rows are the ones that matter. */
export function withFilter(state: ListState, key: keyof SeizureFilter, value: string | null): ListState {
  const filter = { ...state.filter };
  if (value) {
    filter[key] = value;
  } else {
    delete filter[key];
  }
  return { ...state, filter, page: 1 };
}

/** The next sort when a column header is clicked: its first direction, then the other one. */
export function toggledSort(
  current: SeizureSort,
  column: 'occurredOn' | 'totalKg' | 'reference',
): SeizureSort {
  const ascending = column;
  const descending: SeizureSort = `-${column}`;
  if (current === ascending) {
    return descending;
  }
  if (current === descending) {
    return ascending;
  }
  // References read best A→Z first; dates and totals newest and largest first.
  return column === 'reference' ? ascending : descending;
}
