import { z } from 'zod';
import { CountryCode } from '../seizures/seizures.schema.js';
import { isVocabularyCode } from '../vocabularies/index.js';

/** Dimensions a statistics table can be broken down by, in the order lines are keyed and sorted. */
export const STAT_DIMENSIONS = ['country', 'year', 'group', 'drug'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

const DIMENSION = `(${STAT_DIMENSIONS.join('|')})`;
/** A year of the statistics: the UNODC series start in the 1990s; seizures may be older. */
const Year = z.coerce.number().int().min(1900).max(2100);

/**
 * `GET /api/v1/statistics`: break-down dimensions (comma-separated, none = one grand total) and the
 * filters. Years are whole calendar years, both ends included.
 */
export const StatisticsQuery = z
  .object({
    by: z
      .string()
      .regex(
        new RegExp(`^(${DIMENSION}(,${DIMENSION})*)?$`),
        `Comma-separated: ${STAT_DIMENSIONS.join(', ')}`,
      )
      .default('country,year'),
    country: CountryCode.optional(),
    from: Year.optional(),
    to: Year.optional(),
    drugGroup: z
      .string()
      .max(100)
      .refine((code) => isVocabularyCode('drug_groups', code), { message: 'Not a drug group code' })
      .optional(),
    drug: z
      .string()
      .max(100)
      .refine((code) => isVocabularyCode('drugs', code), { message: 'Not a drug code' })
      .optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last year comes before the first' });
    }
  });
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

/** The dimensions named in `by`, once each, in their canonical order. */
export function parseDimensions(by: string): StatDimension[] {
  const named = new Set(by.split(',').map((d) => d.trim()));
  return STAT_DIMENSIONS.filter((d) => named.has(d));
}
