/**
 * Roles of a person in a seizure. Sources: couriers (001:51), detained driver (001:210), recipients
 * of drug shipments (004:477-479), organized criminal groups (001:55), heroin laboratories (001:823).
 */
import type { Term } from './term.js';

/** Roles of a person in a seizure. */
export const PERSON_ROLES = [
  { code: 'courier', en: 'Courier', ru: 'курьер (наркокурьер)', source: '001:51' },
  { code: 'organiser', en: 'Organiser', ru: 'организатор', source: '001:55' },
  { code: 'recipient', en: 'Recipient', ru: 'получатель', source: '004:477-479' },
  { code: 'sender', en: 'Sender', ru: 'отправитель' },
  { code: 'supplier', en: 'Supplier', ru: 'поставщик' },
  { code: 'driver', en: 'Driver', ru: 'водитель', source: '001:210' },
  { code: 'vehicle_owner', en: 'Owner of the vehicle', ru: 'владелец транспортного средства' },
  { code: 'passenger', en: 'Passenger', ru: 'пассажир' },
  { code: 'accomplice', en: 'Accomplice', ru: 'соучастник (пособник)' },
  { code: 'financier', en: 'Financier', ru: 'финансист' },
  { code: 'seller', en: 'Seller (distributor)', ru: 'сбытчик' },
  { code: 'buyer', en: 'Buyer', ru: 'приобретатель' },
  {
    code: 'manufacturer',
    en: 'Manufacturer (laboratory)',
    ru: 'изготовитель (лаборатория)',
    source: '001:823',
  },
  { code: 'other', en: 'Other role', ru: 'иная роль' },
] as const satisfies readonly Term[];

/** Code of a person's role in a seizure. */
export type PersonRoleCode = (typeof PERSON_ROLES)[number]['code'];
