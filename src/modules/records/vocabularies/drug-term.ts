/**
 * The shape of a substance term, and of the conversion rules a substance may carry. The lists
 * themselves are in `drugs-*.ts`; `drugs.ts` joins them.
 */
import type { DrugGroupCode } from './drug-groups.js';
import type { Term } from './term.js';
import type { CountUnitCode } from './units.js';

/** A density stated for a substance: litres × density = kilograms. Only from a cited source. */
export interface DensityRule {
  /** Exact decimal string, kilograms per litre (= grams per millilitre). */
  readonly densityKgPerLitre: string;
  /** The document that states it. */
  readonly source: string;
}

/**
 * A default mass per counted unit (tablet, ampoule…) for a substance. Allowed only where UNODC
 * documents one; no term carries one today (see README.md, "kilogram-equivalent rules").
 */
export interface UnitMassRule {
  /** Exact decimal string, grams per unit. */
  readonly gramsPerUnit: string;
  /** The count units it applies to. */
  readonly units: readonly CountUnitCode[];
  /** The UNODC document that states it. */
  readonly source: string;
}

/** A substance of a seizure's drug line, aligned with the UNODC drug groups. */
export interface DrugTerm extends Term {
  /** The UNODC drug group the substance belongs to. */
  readonly group: DrugGroupCode;
  /** The exact UNODC `DrugSubGroup` under which the substance is reported. */
  readonly subGroup: string;
  /**
   * The exact `DrugName` strings of the UNODC export that map to this term. Every `DrugName` of the
   * export maps to exactly one term (tested against `__fixtures__/unodc-drug-triples.json`).
   */
  readonly unodcNames: readonly string[];
  /**
   * Other names the region's reports give the substance — Russian and Central Asian usage, other
   * spellings and transliterations ("чарс", "Haschisch", "марижуана"). The import matches them like
   * labels; each must name this term only (tested), since an ambiguous name matches nothing.
   */
  readonly aliases?: readonly string[];
  /** For a term UNODC has no name for (raw opium): the code of the term it is reported to UNODC as. */
  readonly reportedAs?: string;
  /**
   * A UNODC "reported total" row: it already includes the other rows of its group for the same
   * country and year, so it must never be added to them.
   */
  readonly aggregate?: boolean;
  /** How a volume of this substance converts to kilograms, when a source states it. */
  readonly volumeRule?: DensityRule;
  /** How counted units of this substance convert to kilograms, when UNODC documents it. */
  readonly countRule?: UnitMassRule;
}
