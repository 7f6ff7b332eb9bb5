/**
 * The statistics page's query in the address bar, so a table can be bookmarked or sent on; the
 * drill-down address of a line (the seizure list with the line's filters).
 */
import { STAT_DIMENSIONS, type StatDimension, type StatLine, type StatQuery } from '../../api/statistics';
import { drugTerm, isVocabularyCode } from '../../../../src/modules/records/vocabularies/index';

export const DEFAULT_DIMENSIONS: StatDimension[] = ['country', 'year'];

function year(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : undefined;
}

/** Reads the query from the address; malformed values are dropped, never sent on. */
export function readStatQuery(params: URLSearchParams): StatQuery {
  const named = params.get('by');
  const by =
    named === null ? DEFAULT_DIMENSIONS : STAT_DIMENSIONS.filter((d) => named.split(',').includes(d));
  const country = params.get('country');
  const drugGroup = params.get('drugGroup');
  const drug = params.get('drug');
  return {
    by,
    ...(country && /^[A-Z]{2}$/.test(country) ? { country } : {}),
    ...(year(params.get('from')) !== undefined ? { from: year(params.get('from')) } : {}),
    ...(year(params.get('to')) !== undefined ? { to: year(params.get('to')) } : {}),
    ...(drugGroup && isVocabularyCode('drug_groups', drugGroup) ? { drugGroup } : {}),
    ...(drug && isVocabularyCode('drugs', drug) ? { drug } : {}),
  };
}

/** Writes the query to the address. */
export function writeStatQuery(query: StatQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('by', query.by.join(','));
  for (const key of ['country', 'from', 'to', 'drugGroup', 'drug'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  return params;
}

/**
 * The seizure list behind a line: its keys and the page's filters as list filters (a year becomes
 * a date range). A drug is sent as `statisticsDrug`, so the list applies the statistics' own rule
 * (raw opium counts as opium where opium has an official figure) and shows exactly the seizures the
 * figure counts. The list follows the sharing rule alone, so it shows only the seizures the user may
 * see — figures shared for statistics only count in the table but never appear there.
 */
export function drillDownHref(line: StatLine, query: StatQuery): string {
  const params = new URLSearchParams();
  const country = line.keys.country ?? query.country;
  if (country) {
    params.set('country', country);
  }
  const drug = line.keys.drug ?? query.drug;
  if (drug && drugTerm(drug)) {
    params.set('statisticsDrug', drug);
  }
  const group = line.keys.group ?? query.drugGroup;
  if (group && isVocabularyCode('drug_groups', group) && !params.has('statisticsDrug')) {
    params.set('drugGroup', group);
  }
  const from = line.keys.year ? Number(line.keys.year) : query.from;
  const to = line.keys.year ? Number(line.keys.year) : query.to;
  if (from !== undefined) {
    params.set('from', `${from}-01-01`);
  }
  if (to !== undefined) {
    params.set('to', `${to}-12-31`);
  }
  const qs = params.toString();
  return `/seizures${qs ? `?${qs}` : ''}`;
}
