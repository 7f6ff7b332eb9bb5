/**
 * Physical form of the seized substance on a drug line. Ours (no source lists forms), worded as in
 * forensic and seizure reports of the region.
 */
import type { Term } from './term.js';

/** Physical forms of a seized substance. */
export const FORMS = [
  { code: 'powder', en: 'Powder', ru: 'порошок' },
  { code: 'crystals', en: 'Crystals', ru: 'кристаллическое вещество' },
  { code: 'tablets', en: 'Tablets (pills)', ru: 'таблетки' },
  { code: 'capsules', en: 'Capsules', ru: 'капсулы' },
  { code: 'liquid', en: 'Liquid or solution', ru: 'жидкость (раствор)' },
  { code: 'ampoules_injectable', en: 'Ampoules or injectable solution', ru: 'ампулы (раствор для инъекций)' },
  { code: 'plant_material', en: 'Plant material (dried or fresh)', ru: 'растительная масса' },
  { code: 'whole_plants', en: 'Whole plants', ru: 'растения (кусты)' },
  { code: 'seeds', en: 'Seeds', ru: 'семена' },
  { code: 'resin', en: 'Resin or gum', ru: 'смолообразное вещество' },
  { code: 'pressed_blocks', en: 'Pressed blocks or slabs', ru: 'прессованные плитки (брикеты)' },
  { code: 'paste', en: 'Paste', ru: 'пастообразное вещество' },
  { code: 'oil', en: 'Oil', ru: 'маслянистая жидкость (масло)' },
  { code: 'blotters', en: 'Blotters (impregnated paper)', ru: 'марки (пропитанная бумага)' },
  { code: 'smoking_mixture', en: 'Herbal smoking mixture', ru: 'курительная смесь' },
  { code: 'other', en: 'Other form', ru: 'иная форма' },
] as const satisfies readonly Term[];

/** Code of a physical form. */
export type FormCode = (typeof FORMS)[number]['code'];
