/**
 * Transport modes of a seizure. Sources: 000:82 "by train and airways"; 001:33 "by air or across the
 * Caspian Sea"; 001:1231 "cars and vehicles, railway and air transport"; 001:1239 "afoot or using
 * horses, as well as handmade swimming devices while crossing Amudarya".
 */
import type { Term } from './term.js';

/** Transport modes. */
export const TRANSPORT_MODES = [
  { code: 'road', en: 'Road', ru: 'автомобильный транспорт', source: '000:96, 001:1231' },
  { code: 'rail', en: 'Rail', ru: 'железнодорожный транспорт', source: '000:82, 001:1231' },
  { code: 'air', en: 'Air', ru: 'воздушный транспорт', source: '000:82, 000:96, 001:1231' },
  { code: 'sea_river', en: 'Sea or river', ru: 'морской или речной транспорт', source: '001:33' },
  { code: 'post', en: 'Post or courier service', ru: 'почта или курьерская служба' },
  { code: 'on_foot', en: 'On foot', ru: 'пешком', source: '001:1043, 001:1239' },
  {
    code: 'animal',
    en: 'Animal (horses, pack animals)',
    ru: 'гужевой транспорт (лошади, вьючные животные)',
    source: '001:1043, 001:1239',
  },
  {
    code: 'improvised_watercraft',
    en: 'Handmade swimming device (river crossing)',
    ru: 'самодельные плавсредства (переправа через реку)',
    source: '001:1239',
  },
  { code: 'other', en: 'Other', ru: 'иной' },
] as const satisfies readonly Term[];

/** Code of a transport mode. */
export type TransportCode = (typeof TRANSPORT_MODES)[number]['code'];
