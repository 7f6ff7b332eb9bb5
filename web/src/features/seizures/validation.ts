/**
 * Validation as the officer types, mirroring the zod rules of
 * src/modules/records/seizures/seizures.schema.ts (and the sharing rules of records.schema.ts), so
 * that a form the browser accepts is one the server accepts. The server stays the judge: its field
 * errors are shown against the same field paths (`drugs.0.quantity`, `sharing.handlingRestriction`).
 */
import { occurredOn, type PartyForm, type SeizureForm } from './formState';

/** A problem: the catalogue key under `seizures.validation` and its interpolation values. */
export interface Problem {
  key: ValidationKey;
  values?: Record<string, number>;
}

export type ValidationKey =
  | 'required'
  | 'tooLong'
  | 'decimal'
  | 'positive'
  | 'atMost100'
  | 'date'
  | 'calendarDate'
  | 'year'
  | 'month'
  | 'time'
  | 'latitude'
  | 'longitude'
  | 'atLeastOneLine'
  | 'tooMany'
  | 'pickRecord'
  | 'personName'
  | 'registrationNumber'
  | 'namedAgencies'
  | 'restriction';

/** Problems by field path; an absent path is valid. */
export type Problems = Map<string, Problem>;

const DECIMAL = /^\d{1,30}(\.\d{1,30})?$/;
const OCCURRED_ON = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Validates the whole form; cheap enough to run at every key stroke. */
export function validateSeizure(form: SeizureForm): Problems {
  const problems: Problems = new Map();
  const add = (path: string, key: ValidationKey, values?: Record<string, number>) => {
    if (!problems.has(path)) {
      problems.set(path, values ? { key, values } : { key });
    }
  };
  /** Optional text of at most `max` characters (after trimming), required when `required`. */
  const textField = (path: string, value: string, max: number, required = false) => {
    const trimmed = value.trim();
    if (required && !trimmed) add(path, 'required');
    if (trimmed.length > max) add(path, 'tooLong', { max });
  };
  const decimal = (path: string, value: string, options: { positive?: boolean; max100?: boolean } = {}) => {
    const trimmed = value.trim();
    if (!trimmed) return;
    if (!DECIMAL.test(trimmed)) add(path, 'decimal');
    else if (options.positive && Number(trimmed) === 0) add(path, 'positive');
    else if (options.max100 && Number(trimmed) > 100) add(path, 'atMost100');
  };

  textField('reference', form.reference, 100, true);
  validateDate(form, add);
  if (form.time.trim() && !TIME.test(form.time.trim())) add('occurredTime', 'time');
  if (!form.country) add('country', 'required');
  textField('region', form.region, 200);
  textField('locality', form.locality, 200);
  textField('borderCrossing', form.borderCrossing, 200);
  textField('operationReference', form.operationReference, 200);
  textField('narrative', form.narrative, 20_000);
  coordinate('latitude', form.latitude, 90, add);
  coordinate('longitude', form.longitude, 180, add);
  if (form.concealment.length > 20) add('concealment', 'tooMany', { max: 20 });

  if (form.drugs.length === 0) add('drugs', 'atLeastOneLine');
  if (form.drugs.length > 50) add('drugs', 'tooMany', { max: 50 });
  form.drugs.forEach((line, index) => {
    const at = `drugs.${index}`;
    if (!line.drug) add(`${at}.drug`, 'required');
    if (!line.unit) add(`${at}.unit`, 'required');
    decimal(`${at}.quantity`, line.quantity);
    decimal(`${at}.densityKgPerLitre`, line.densityKgPerLitre, { positive: true });
    decimal(`${at}.unitMassGrams`, line.unitMassGrams, { positive: true });
    decimal(`${at}.purityPercent`, line.purityPercent, { max100: true });
    textField(`${at}.packaging`, line.packaging, 500);
    textField(`${at}.markings`, line.markings, 500);
  });

  if (form.route.length > 30) add('route', 'tooMany', { max: 30 });
  form.route.forEach((leg, index) => {
    if (!leg.country) add(`route.${index}.country`, 'required');
    textField(`route.${index}.place`, leg.place, 300);
  });

  if (form.parties.length > 100) add('parties', 'tooMany', { max: 100 });
  form.parties.forEach((party, index) => validateParty(party, `parties.${index}`, add));

  const sharing = form.sharing;
  if (sharing.distribution === 'named_agencies' && sharing.distributionAgencies.length === 0) {
    add('sharing.distributionAgencies', 'namedAgencies');
  }
  if (sharing.handlingCode === 'H3' && !sharing.handlingRestriction.trim()) {
    add('sharing.handlingRestriction', 'restriction');
  }
  textField('sharing.handlingRestriction', sharing.handlingRestriction, 1000);
  return problems;
}

type Add = (path: string, key: ValidationKey, values?: Record<string, number>) => void;

function validateDate(form: SeizureForm, add: Add): void {
  if (form.precision === 'day') {
    const value = form.date.trim();
    if (!value) add('occurredOn', 'required');
    else if (!OCCURRED_ON.test(value) || value.length !== 10) add('occurredOn', 'date');
    else if (!isCalendarDate(value)) add('occurredOn', 'calendarDate');
    return;
  }
  if (!/^\d{4}$/.test(form.year.trim())) add('occurredOn', form.year.trim() ? 'year' : 'required');
  else if (form.precision === 'month' && !form.month) add('occurredOn', 'month');
  else if (!OCCURRED_ON.test(occurredOn(form))) add('occurredOn', 'date');
}

function coordinate(path: string, value: string, limit: number, add: Add): void {
  const trimmed = value.trim();
  if (!trimmed) return;
  const number = Number(trimmed);
  if (!NUMBER.test(trimmed) || Number.isNaN(number) || Math.abs(number) > limit) {
    add(path, path === 'latitude' ? 'latitude' : 'longitude');
  }
}

function validateParty(party: PartyForm, at: string, add: Add): void {
  if (party.mode === 'existing') {
    if (!party.recordId) add(`${at}.recordId`, 'pickRecord');
    return;
  }
  const props = `${at}.newRecord.properties`;
  if (party.schema === 'Person') {
    if (!party.name.trim()) add(`${props}.name`, 'personName');
    if (party.name.length > 2000) add(`${props}.name`, 'tooLong', { max: 2000 });
    if (party.patronymic.length > 2000) add(`${props}.fatherName`, 'tooLong', { max: 2000 });
    const birth = party.birthDate.trim();
    if (birth && !(OCCURRED_ON.test(birth) && (birth.length < 10 || isCalendarDate(birth)))) {
      add(`${props}.birthDate`, 'date');
    }
  } else {
    if (!party.registrationNumber.trim()) add(`${props}.registrationNumber`, 'registrationNumber');
    if (party.registrationNumber.length > 2000) add(`${props}.registrationNumber`, 'tooLong', { max: 2000 });
  }
}
