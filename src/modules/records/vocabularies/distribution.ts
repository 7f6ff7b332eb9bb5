/**
 * Distribution of an operational record: who may see it (PRODUCT.md principle 1). The codes are the
 * values of the `distribution` column that `visibleTo(actor)` reads (docs/records-design.md).
 */
import type { Term } from './term.js';

/** A distribution; `named_agencies` needs the list of agencies. */
export interface DistributionTerm extends Term {
  /** True when the record must name the agencies (`distribution_agencies`). */
  readonly requiresAgencies: boolean;
}

/** Distributions, from the narrowest to the widest (named agencies stand apart). */
export const DISTRIBUTIONS = [
  { code: 'own_agency', en: 'Own agency only', ru: 'только своё ведомство', requiresAgencies: false },
  {
    code: 'own_country',
    en: 'Agencies of own country',
    ru: 'ведомства своей страны',
    requiresAgencies: false,
  },
  { code: 'named_agencies', en: 'Named agencies', ru: 'указанные ведомства', requiresAgencies: true },
  { code: 'all_members', en: 'All members', ru: 'все государства-члены', requiresAgencies: false },
  {
    code: 'members_and_observers',
    en: 'Members and observers',
    ru: 'государства-члены и наблюдатели',
    requiresAgencies: false,
  },
] as const satisfies readonly DistributionTerm[];

/** A distribution code. */
export type DistributionCode = (typeof DISTRIBUTIONS)[number]['code'];
