/** The statistics API (`GET /statistics`): exact totals over statistical records and seizures. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';

export const STAT_DIMENSIONS = ['country', 'year', 'group', 'drug'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

/** What a figure is made of (docs/records-design.md, "Statistics"). */
export type StatBasis = 'statistical' | 'seizures' | 'mixed';

/** One line of the table; every quantity is an exact decimal string, never a float. */
export interface StatLine {
  keys: Partial<Record<StatDimension, string>>;
  kilograms: string;
  unknownCount: number;
  figureCount: number;
  basis: StatBasis;
  sources: string[];
  seizureKilograms: string;
  seizureLines: number;
  seizureNoQuantityLines: number;
  seizureUnconvertedLines: number;
  inconsistent: boolean;
  previousKilograms: string | null;
  previousUnknownCount: number | null;
  change: string | null;
  changePercent: string | null;
}

export interface StatReport {
  by: StatDimension[];
  period: { from?: number; to?: number };
  previousPeriod: { from: number; to: number } | null;
  lines: StatLine[];
  total: StatLine;
}

/** The query: dimensions and filters, as the API takes them. */
export interface StatQuery {
  by: StatDimension[];
  country?: string;
  from?: number;
  to?: number;
  drugGroup?: string;
  drug?: string;
}

/** The statistics report for a query; the previous answer stays on screen while the next loads. */
export function useStatistics(query: StatQuery) {
  return useQuery({
    queryKey: ['statistics', query],
    queryFn: () =>
      api<StatReport>('/statistics', {
        query: {
          by: query.by.join(','),
          country: query.country,
          from: query.from,
          to: query.to,
          drugGroup: query.drugGroup,
          drug: query.drug,
        },
      }),
    placeholderData: keepPreviousData,
  });
}
