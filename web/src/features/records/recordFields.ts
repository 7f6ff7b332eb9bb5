/** Which properties the record form offers per schema, and how history fields are named. */
import type { Distribution, HandlingCode, RecordSchema } from '../../api/records';

export type PropertyKind = 'text' | 'date' | 'country';

export interface PropertyField {
  /** FollowTheMoney property name. */
  name: string;
  kind: PropertyKind;
  /** `data-testid` of the input; `record-prop-<name>` unless given. */
  testId?: string;
}

const NAME: PropertyField = { name: 'name', kind: 'text', testId: 'record-name' };

/** Schemata offered first in the form (the common entity types). */
export const FORM_SCHEMATA: RecordSchema[] = [
  'Person',
  'Organization',
  'Company',
  'Vehicle',
  'Passport',
  'Address',
  'BankAccount',
  'CryptoWallet',
];

/** The common properties of each schema the form offers; other schemata get `name`. */
export const SCHEMA_FIELDS: Partial<Record<RecordSchema, PropertyField[]>> = {
  Person: [NAME, { name: 'birthDate', kind: 'date' }, { name: 'nationality', kind: 'country' }],
  Organization: [NAME, { name: 'country', kind: 'country' }],
  Company: [NAME, { name: 'registrationNumber', kind: 'text' }, { name: 'jurisdiction', kind: 'country' }],
  Vehicle: [
    { name: 'registrationNumber', kind: 'text', testId: 'record-registration' },
    { name: 'model', kind: 'text' },
    { name: 'type', kind: 'text' },
    { name: 'country', kind: 'country' },
  ],
  // FtM identity documents have no `name`: the number is their caption.
  Passport: [
    { name: 'number', kind: 'text', testId: 'record-number' },
    { name: 'surname', kind: 'text' },
    { name: 'givenName', kind: 'text' },
    { name: 'birthDate', kind: 'date' },
    { name: 'country', kind: 'country' },
  ],
  Address: [
    { name: 'full', kind: 'text', testId: 'record-full' },
    { name: 'city', kind: 'text' },
    { name: 'country', kind: 'country' },
  ],
  BankAccount: [
    NAME,
    { name: 'accountNumber', kind: 'text' },
    { name: 'iban', kind: 'text' },
    { name: 'bankName', kind: 'text' },
  ],
  CryptoWallet: [NAME, { name: 'publicKey', kind: 'text' }, { name: 'currency', kind: 'text' }],
};

/** The form fields of a schema. */
export function fieldsOf(schema: RecordSchema): PropertyField[] {
  return SCHEMA_FIELDS[schema] ?? [NAME];
}

/** Colour of a distribution badge, from the narrowest (red) to the widest (green). */
export const DISTRIBUTION_COLOR: Record<Distribution, string> = {
  own_agency: 'red',
  own_country: 'orange',
  named_agencies: 'grape',
  all_members: 'teal',
  members_and_observers: 'green',
};

export const HANDLING_COLOR: Record<HandlingCode, string> = {
  H0: 'gray',
  H1: 'blue',
  H2: 'orange',
  H3: 'red',
};

/** History field names of the sharing block as the API writes them; column names are accepted too. */
const SHARING_FIELD_ALIASES: Record<string, string> = {
  distribution_agencies: 'distributionAgencies',
  handling_code: 'handlingCode',
  handling_restriction: 'handlingRestriction',
  eval_source: 'evaluationSource',
  eval_info: 'evaluationInformation',
  statistics_only: 'statisticsOnly',
};

/** Splits a history field (`properties.name`, `sharing.handling_code`) into its group and a canonical name. */
export function historyField(field: string): { group: 'properties' | 'sharing' | 'other'; name: string } {
  const dot = field.indexOf('.');
  const group = dot > 0 ? field.slice(0, dot) : '';
  const name = dot > 0 ? field.slice(dot + 1) : field;
  if (group === 'properties') {
    return { group, name };
  }
  if (group === 'sharing') {
    return { group, name: SHARING_FIELD_ALIASES[name] ?? name };
  }
  return { group: 'other', name: field };
}
