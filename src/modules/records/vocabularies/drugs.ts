/**
 * The substances of a seizure's drug lines: one vocabulary aligned with the UNODC drug groups,
 * joined from the per-group lists. Every `DrugName` of the UNODC data portal export maps to exactly
 * one term (`drugForUnodcName`), so the importer can place every UNODC row.
 */
import { CANNABIS, COCAINE } from './drugs-cannabis-cocaine.js';
import { NPS } from './drugs-nps.js';
import { OPIOIDS } from './drugs-opioids.js';
import { OTHER_SUBSTANCES, PRECURSORS } from './drugs-precursors-other.js';
import { HALLUCINOGENS, SEDATIVES } from './drugs-sedatives-hallucinogens.js';
import { ATS, ECSTASY } from './drugs-stimulants.js';
import type { DrugTerm } from './drug-term.js';

export type { DensityRule, DrugTerm, UnitMassRule } from './drug-term.js';

/** Every substance term, grouped in the order of the UNODC drug groups. */
export const DRUGS = [
  ...OPIOIDS,
  ...CANNABIS,
  ...COCAINE,
  ...ATS,
  ...ECSTASY,
  ...SEDATIVES,
  ...HALLUCINOGENS,
  ...NPS,
  ...PRECURSORS,
  ...OTHER_SUBSTANCES,
] as const satisfies readonly DrugTerm[];

/** Code of a substance. */
export type DrugCode = (typeof DRUGS)[number]['code'];

const byCode = new Map<string, DrugTerm>(DRUGS.map((term) => [term.code, term]));
const byUnodcName = new Map<string, DrugTerm>(
  DRUGS.flatMap((term) => term.unodcNames.map((name): [string, DrugTerm] => [name, term])),
);

/** The substance term with this code, or undefined. */
export function drugTerm(code: string): DrugTerm | undefined {
  return byCode.get(code);
}

/**
 * The substance term for an exact `DrugName` of the UNODC export, or undefined for a name UNODC did
 * not use in that export. The importer keeps the row's own DrugGroup and DrugSubGroup beside it.
 */
export function drugForUnodcName(drugName: string): DrugTerm | undefined {
  return byUnodcName.get(drugName);
}
