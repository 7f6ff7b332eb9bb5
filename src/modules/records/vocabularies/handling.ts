/**
 * Handling codes of an operational record, with the meanings of PRODUCT.md principle 1 ("The
 * originator owns the data"). The codes are the standard's own (H0–H3), stored as they are in the
 * `handling_code` column (docs/records-design.md).
 */
import type { Term } from './term.js';

/** A handling code; H3 carries its restriction as free text. */
export interface HandlingTerm extends Term {
  /** True when the record must carry a free-text restriction (`handling_restriction`). */
  readonly requiresText: boolean;
}

/** Handling codes H0–H3. */
export const HANDLING_CODES = [
  {
    code: 'H0',
    en: 'H0 — use only for crime prevention and combating',
    ru: 'H0 — использовать только в целях предупреждения преступлений и борьбы с ними',
    requiresText: false,
  },
  {
    code: 'H1',
    en: 'H1 — not for judicial proceedings without the provider’s permission',
    ru: 'H1 — не использовать в судебном производстве без разрешения предоставившей стороны',
    requiresText: false,
  },
  {
    code: 'H2',
    en: 'H2 — no onward dissemination without the provider’s permission',
    ru: 'H2 — не распространять далее без разрешения предоставившей стороны',
    requiresText: false,
  },
  {
    code: 'H3',
    en: 'H3 — other restrictions (stated as text)',
    ru: 'H3 — иные ограничения (указываются текстом)',
    requiresText: true,
  },
] as const satisfies readonly HandlingTerm[];

/** A handling code. */
export type HandlingCode = (typeof HANDLING_CODES)[number]['code'];
