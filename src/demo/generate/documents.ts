/**
 * Identity documents and phone numbers in each country's format. The numbers are invented: only the
 * shape is real (country code, mobile prefixes, grouping; passport series letters and lengths).
 */
import type { Random } from './random.js';

/** Nations whose people the demo invents (ISO 3166-1 alpha-2 of the name pool). */
export type Nation = 'KZ' | 'KG' | 'TJ' | 'UZ' | 'TM' | 'RU' | 'AF';

/** Mobile prefixes by country, and how a number is printed after the country code. */
const PHONES: Record<Nation, { code: string; prefixes: readonly string[]; groups: readonly number[] }> = {
  // Kazakhstan shares +7 with Russia; its mobile numbers start with 7 (700–708, 747, 771, 775–778).
  KZ: {
    code: '+7',
    prefixes: ['701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'],
    groups: [3, 2, 2],
  },
  RU: {
    code: '+7',
    prefixes: ['903', '905', '909', '912', '916', '922', '927', '951', '965', '985'],
    groups: [3, 2, 2],
  },
  KG: { code: '+996', prefixes: ['555', '550', '700', '705', '770', '777', '220', '502'], groups: [3, 3] },
  TJ: { code: '+992', prefixes: ['93', '92', '91', '90', '98', '55', '88', '50'], groups: [3, 2, 2] },
  UZ: { code: '+998', prefixes: ['90', '91', '93', '94', '97', '99', '33', '88'], groups: [3, 2, 2] },
  TM: { code: '+993', prefixes: ['61', '62', '63', '64', '65', '71'], groups: [2, 2, 2] },
  AF: { code: '+93', prefixes: ['70', '72', '77', '78', '79', '73'], groups: [3, 4] },
};

/** An invented mobile number in the national format, e.g. "+7 701 234 56 78", "+996 555 123 456". */
export function phoneNumber(rng: Random, country: Nation): string {
  const plan = PHONES[country];
  const groups = plan.groups.map((n) => rng.digits(n));
  return [plan.code, rng.pick(plan.prefixes), ...groups].join(' ');
}

/** An invented passport number in the shape of the issuing country's series. */
export function passportNumber(rng: Random, country: Nation): string {
  switch (country) {
    case 'KZ':
      return `N${rng.digits(8)}`;
    case 'KG':
      return `${rng.pick(['AC', 'AN', 'ID'])}${rng.digits(7)}`;
    case 'TJ':
      return `${rng.pick(['A', 'B'])}${rng.digits(8)}`;
    case 'UZ':
      return `${rng.pick(['AA', 'AB', 'AC', 'FA'])}${rng.digits(7)}`;
    case 'TM':
      return `${rng.pick(['A', 'B', 'I'])}${rng.digits(7)}`;
    case 'RU':
      return `${rng.int(10, 79)} ${rng.digits(7)}`;
    case 'AF':
      return `P${rng.digits(8)}`;
  }
}

/**
 * A Kazakh individual identification number (IIN): YYMMDD of birth, a digit for century and sex,
 * then digits (the check digit is not computed: invented numbers must not be valid real ones).
 */
export function kazakhIin(rng: Random, birthDate: string, female: boolean): string | null {
  if (birthDate.length !== 10) return null;
  const year = Number(birthDate.slice(0, 4));
  const centurySex = (year >= 2000 ? 5 : 3) + (female ? 1 : 0);
  return `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${centurySex}${rng.digits(5)}`;
}

/** A birth date with the precision records often have: mostly the day, sometimes only month or year. */
export function birthDate(rng: Random, fromYear: number, toYear: number): string {
  const year = rng.int(fromYear, toYear);
  const roll = rng.next();
  if (roll < 0.07) return String(year);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  if (roll < 0.12) return `${year}-${month}`;
  const day = String(rng.int(1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
