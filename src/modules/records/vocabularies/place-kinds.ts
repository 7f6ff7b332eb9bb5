/**
 * Kinds of place where a seizure happened (PRODUCT.md, "What a seizure report holds"). Sources:
 * border checkpoints (003:57, 001:1426), international airports (000:96), railway network (000:96),
 * hardly controlled mountainous parts of the border (001:1239).
 */
import type { Term } from './term.js';

/** Kinds of place. */
export const PLACE_KINDS = [
  {
    code: 'border_crossing',
    en: 'Border crossing point',
    ru: 'пункт пропуска через государственную границу',
    source: '003:57, 001:1426',
  },
  {
    code: 'green_border',
    en: 'State border outside crossing points',
    ru: 'государственная граница вне пунктов пропуска',
    source: '001:1239',
  },
  { code: 'airport', en: 'Airport', ru: 'аэропорт', source: '000:96' },
  {
    code: 'railway',
    en: 'Railway (station, train)',
    ru: 'железная дорога (вокзал, станция, поезд)',
    source: '000:96',
  },
  { code: 'road', en: 'Road', ru: 'автомобильная дорога', source: '000:96' },
  { code: 'post', en: 'Post office or postal exchange', ru: 'объект почтовой связи' },
  { code: 'sea_river_port', en: 'Sea or river port', ru: 'морской или речной порт' },
  { code: 'inland', en: 'Inland', ru: 'внутренние районы страны' },
] as const satisfies readonly Term[];

/** Code of a kind of place. */
export type PlaceKindCode = (typeof PLACE_KINDS)[number]['code'];
