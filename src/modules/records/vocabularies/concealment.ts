/**
 * Concealment methods of a seizure. The first ones are named by the source documents:
 * 001:744 (Tajikistan) "hand-baggage, secret compartments of vehicles, among personal items and
 * clothes, among foodstuff (fruits and dried fruits), by intracavitary"; 001:1043 (Turkmenistan)
 * "cargo or passenger vehicles, … pedestrian carriers or animal transport, … body cavities or stomach
 * of humans and animals"; 001:1231 (Uzbekistan) "secret compartments of vehicles, among foodstuff,
 * household articles and personal items, in hand baggage, pockets, and by intracavitary".
 */
import type { Term } from './term.js';

/** Concealment methods. */
export const CONCEALMENT_METHODS = [
  { code: 'hand_baggage', en: 'In hand baggage', ru: 'в ручной клади', source: '001:744, 001:1231' },
  { code: 'checked_baggage', en: 'In checked baggage', ru: 'в сданном багаже' },
  {
    code: 'vehicle_secret_compartment',
    en: 'Secret compartment in a vehicle',
    ru: 'тайник в транспортном средстве',
    source: '001:744, 001:1231',
  },
  {
    code: 'vehicle_no_compartment',
    en: 'In a vehicle, without a built compartment (cabin, boot, load)',
    ru: 'в транспортном средстве без оборудованного тайника (салон, багажник, груз)',
    source: '001:1043',
  },
  {
    code: 'personal_items_clothes',
    en: 'Among personal items and clothes',
    ru: 'среди личных вещей и в одежде',
    source: '001:744, 001:1231',
  },
  {
    code: 'on_body_pockets',
    en: 'On the body or in pockets',
    ru: 'на теле или в карманах',
    source: '001:1231',
  },
  {
    code: 'foodstuff',
    en: 'Among foodstuff (fruit, dried fruit…)',
    ru: 'среди продуктов питания (фрукты, сухофрукты…)',
    source: '001:744, 001:1231',
  },
  {
    code: 'household_articles',
    en: 'Among household articles',
    ru: 'среди предметов домашнего обихода',
    source: '001:1231',
  },
  {
    code: 'body_cavity_swallowed',
    en: 'In body cavities or swallowed (intracavitary)',
    ru: 'внутриполостной способ (в полостях тела, в желудке)',
    source: '001:744, 001:1043, 001:1231',
  },
  {
    code: 'animal_body',
    en: 'In the body cavities or stomach of an animal',
    ru: 'в полостях тела или желудке животного',
    source: '001:1043',
  },
  { code: 'cargo', en: 'In cargo', ru: 'в грузе', source: '001:1043' },
  { code: 'container', en: 'In a freight container', ru: 'в контейнере', source: '001:295' },
  {
    code: 'pedestrian_carrier',
    en: 'Pedestrian carrier (on foot across the border)',
    ru: 'пеший перенос через границу',
    source: '001:1043, 001:1239',
  },
  {
    code: 'animal_transport',
    en: 'Animal transport (horses, pack animals)',
    ru: 'с использованием животных (лошадей, вьючных животных)',
    source: '001:1043, 001:1239',
  },
  { code: 'post_parcels', en: 'In post and parcels', ru: 'в почтовых отправлениях и посылках' },
  {
    code: 'dead_drop',
    en: 'Dead drop (stash for contactless sale)',
    ru: 'закладка (тайник для бесконтактного сбыта)',
    source: '002:35 (darknet sales)',
  },
  {
    code: 'premises_or_ground',
    en: 'Hidden in premises or in the ground',
    ru: 'тайник в помещении или на местности',
  },
  { code: 'other', en: 'Other method', ru: 'иной способ' },
] as const satisfies readonly Term[];

/** Code of a concealment method. */
export type ConcealmentCode = (typeof CONCEALMENT_METHODS)[number]['code'];
