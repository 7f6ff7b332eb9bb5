/**
 * Vehicles of the region: registration plates in each country's current format (invented numbers,
 * real region codes) and the makes and models common on its roads — Kamaz and Mercedes Actros
 * trucks, Lada, Daewoo Nexia and Chevrolet Cobalt in Uzbekistan, Toyota Camry, Honda Odyssey in
 * Kyrgyzstan, Opel and Mercedes in Tajikistan.
 */
import type { Properties } from '../../modules/records/ftm.js';
import type { Random, Weighted } from './random.js';

/** What a vehicle is used for in a seizure. */
export type VehicleKind = 'truck' | 'car' | 'minibus';

const LATIN = 'ABCDEFGHJKLMNPRSTUVWXYZ';
// Russian plates use only the Cyrillic letters that look like Latin ones.
const RU_LETTERS = 'АВЕКМНОРСТУХ';

/** A registration plate in the country's format. */
export function plate(rng: Random, country: string): string {
  switch (country) {
    case 'KZ':
      return `${rng.digits(3)} ${rng.chars(LATIN, 3)} ${rng.pick(['01', '02', '05', '08', '13', '17', '04', '09'])}`;
    case 'KG':
      return `${rng.pick(['01', '02', '03', '05', '08'])} ${rng.digits(3)} ${rng.chars(LATIN, 3)}`;
    case 'TJ':
      return `${rng.digits(4)} ${rng.chars(LATIN, 2)} ${rng.pick(['01', '02', '03', '04', '05'])}`;
    case 'UZ':
      return `${rng.pick(['01', '10', '30', '40', '60', '70', '75', '80'])} ${rng.chars(LATIN, 1)} ${rng.digits(3)} ${rng.chars(LATIN, 2)}`;
    case 'TM':
      return `${rng.digits(4)} ${rng.pick(['AG', 'AH', 'MR', 'LB', 'BN', 'DZ'])}`;
    case 'RU':
      return `${rng.chars(RU_LETTERS, 1)}${rng.digits(3)}${rng.chars(RU_LETTERS, 2)} ${rng.pick(['77', '197', '56', '63', '74', '55', '54', '22', '66', '30'])}`;
    default:
      return `${rng.chars(LATIN, 2)} ${rng.digits(4)}`;
  }
}

const TRUCKS: Weighted<string> = [
  ['Kamaz 5320', 20],
  ['Kamaz 65115', 15],
  ['Mercedes-Benz Actros', 15],
  ['MAN TGA', 12],
  ['Volvo FH', 8],
  ['DAF XF', 8],
  ['Sinotruk Howo', 12],
  ['Shacman X3000', 6],
  ['ZIL-130', 4],
];

const CARS: Record<string, Weighted<string>> = {
  KZ: [
    ['Toyota Camry', 25],
    ['Lada Priora', 15],
    ['Lada 2107', 10],
    ['Hyundai Accent', 15],
    ['Toyota Land Cruiser Prado', 8],
    ['Audi 80', 7],
    ['Volkswagen Passat', 10],
    ['Mercedes-Benz E-Class', 10],
  ],
  KG: [
    ['Honda Odyssey', 20],
    ['Honda Fit', 15],
    ['Toyota Camry', 15],
    ['Lexus RX', 8],
    ['Mercedes-Benz E-Class', 12],
    ['Audi A6', 10],
    ['Lada 2106', 10],
    ['Daewoo Nexia', 10],
  ],
  TJ: [
    ['Opel Astra', 20],
    ['Opel Vectra', 15],
    ['Mercedes-Benz E-Class', 20],
    ['Toyota Camry', 15],
    ['Daewoo Nexia', 10],
    ['Lada 2107', 10],
    ['Toyota Corolla', 10],
  ],
  UZ: [
    ['Daewoo Nexia', 25],
    ['Chevrolet Cobalt', 20],
    ['Chevrolet Lacetti', 15],
    ['Chevrolet Spark', 12],
    ['Daewoo Matiz', 10],
    ['Chevrolet Damas', 8],
    ['Chevrolet Malibu', 10],
  ],
  TM: [
    ['Toyota Camry', 30],
    ['Toyota Corolla', 20],
    ['Lexus GX', 10],
    ['Toyota Land Cruiser', 10],
    ['Hyundai Elantra', 15],
    ['Lada Niva', 15],
  ],
  RU: [
    ['Lada Granta', 20],
    ['Lada Vesta', 15],
    ['Lada Priora', 10],
    ['Kia Rio', 15],
    ['Hyundai Solaris', 15],
    ['Toyota Camry', 10],
    ['Renault Logan', 15],
  ],
};

const MINIBUSES: Weighted<string> = [
  ['Mercedes-Benz Sprinter', 40],
  ['GAZ GAZelle', 30],
  ['Hyundai Starex', 20],
  ['Ford Transit', 10],
];

/** An invented vehicle registered in `country`; the owner, if known, is a person record id. */
export function buildVehicle(rng: Random, country: string, kind: VehicleKind, ownerId?: string): Properties {
  const model =
    kind === 'truck'
      ? rng.weighted(TRUCKS)
      : kind === 'minibus'
        ? rng.weighted(MINIBUSES)
        : rng.weighted(CARS[country] ?? CARS.KZ!);
  const year = kind === 'truck' ? rng.int(1995, 2022) : rng.int(1998, 2024);
  return {
    registrationNumber: [plate(rng, country)],
    model: [model],
    type: [{ truck: 'truck', car: 'car', minibus: 'minibus' }[kind]],
    country: [country.toLowerCase()],
    buildDate: [String(year)],
    ...(ownerId ? { owner: [ownerId] } : {}),
  };
}
