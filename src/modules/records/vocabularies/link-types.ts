/**
 * Types of link between records, with their direction and the FollowTheMoney (FtM) shape they are
 * exported as (alephdata/followthemoney, followthemoney/schema/*.yaml). A link is read
 * "source <en> target"; an undirected link reads the same both ways.
 */
import type { Term } from './term.js';

/** Record schemas a link can join (FtM names; Phone is Northroute's own, FtM keeps phones as values). */
export type LinkEnd =
  'Person' | 'Organization' | 'Company' | 'Vehicle' | 'Phone' | 'Address' | 'Passport' | 'BankAccount';

/** The link is an FtM interval entity of `schema`, whose `source` and `target` properties hold the two ends. */
export interface FtmSchemaMapping {
  readonly kind: 'schema';
  readonly schema: string;
  readonly source: string;
  readonly target: string;
}

/** The link is an FtM property: on the `holder` end's entity (of `schema` or a descendant), named `property`. */
export interface FtmPropertyMapping {
  readonly kind: 'property';
  readonly holder: 'source' | 'target';
  readonly schema: string;
  readonly property: string;
}

/** A type of link between two records. */
export interface LinkTypeTerm extends Term {
  /** Directed: `en`/`ru` read from source to target, `reverseEn`/`reverseRu` from target to source. */
  readonly directed: boolean;
  readonly reverseEn: string;
  readonly reverseRu: string;
  readonly from: readonly LinkEnd[];
  readonly to: readonly LinkEnd[];
  readonly ftm: FtmSchemaMapping | FtmPropertyMapping;
}

const PARTY = ['Person', 'Organization', 'Company'] as const;

/** Types of link between records. */
export const LINK_TYPES = [
  {
    code: 'associate',
    en: 'associated with',
    ru: 'связан с',
    directed: false,
    reverseEn: 'associated with',
    reverseRu: 'связан с',
    from: ['Person'],
    to: ['Person'],
    ftm: { kind: 'schema', schema: 'Associate', source: 'person', target: 'associate' },
  },
  {
    code: 'family',
    en: 'family member of',
    ru: 'родственник',
    directed: false,
    reverseEn: 'family member of',
    reverseRu: 'родственник',
    from: ['Person'],
    to: ['Person'],
    // FtM's `relationship` is read from the person's side: "mother" means the relative is his mother.
    ftm: { kind: 'schema', schema: 'Family', source: 'person', target: 'relative' },
  },
  {
    code: 'member_of',
    en: 'member of',
    ru: 'входит в состав',
    directed: true,
    reverseEn: 'has member',
    reverseRu: 'включает участника',
    from: PARTY,
    to: ['Organization', 'Company'],
    ftm: { kind: 'schema', schema: 'Membership', source: 'member', target: 'organization' },
  },
  {
    code: 'employed_by',
    en: 'employed by',
    ru: 'работает в',
    directed: true,
    reverseEn: 'employs',
    reverseRu: 'нанимает',
    from: ['Person'],
    to: ['Organization', 'Company'],
    ftm: { kind: 'schema', schema: 'Employment', source: 'employee', target: 'employer' },
  },
  {
    code: 'owns',
    en: 'owns',
    ru: 'владеет',
    directed: true,
    reverseEn: 'owned by',
    reverseRu: 'принадлежит',
    from: PARTY,
    to: ['Vehicle', 'Company', 'BankAccount'],
    ftm: { kind: 'schema', schema: 'Ownership', source: 'owner', target: 'asset' },
  },
  {
    code: 'uses_phone',
    en: 'uses phone',
    ru: 'пользуется телефоном',
    directed: true,
    reverseEn: 'used by',
    reverseRu: 'находится в пользовании',
    from: PARTY,
    to: ['Phone'],
    // FtM has no phone entity: the number becomes a `phone` value of the person or organisation.
    ftm: { kind: 'property', holder: 'source', schema: 'LegalEntity', property: 'phone' },
  },
  {
    code: 'drives',
    en: 'drives',
    ru: 'управляет',
    directed: true,
    reverseEn: 'driven by',
    reverseRu: 'под управлением',
    from: ['Person'],
    to: ['Vehicle'],
    ftm: { kind: 'property', holder: 'target', schema: 'Vehicle', property: 'operator' },
  },
  {
    code: 'called',
    en: 'called',
    ru: 'звонил',
    directed: true,
    reverseEn: 'was called by',
    reverseRu: 'принимал звонок от',
    from: ['Person', 'Phone'],
    to: ['Person', 'Phone'],
    // A phone end goes to `callerNumber` / `receiverNumber` instead.
    ftm: { kind: 'schema', schema: 'Call', source: 'caller', target: 'receiver' },
  },
  {
    code: 'travelled_with',
    en: 'travelled with',
    ru: 'следовал вместе с',
    directed: false,
    reverseEn: 'travelled with',
    reverseRu: 'следовал вместе с',
    from: ['Person'],
    to: ['Person'],
    // FtM has no travel-companion schema: a generic link whose `role` says "travelled with".
    ftm: { kind: 'schema', schema: 'UnknownLink', source: 'subject', target: 'object' },
  },
  {
    code: 'paid',
    en: 'paid',
    ru: 'перевёл деньги',
    directed: true,
    reverseEn: 'was paid by',
    reverseRu: 'получил деньги от',
    from: [...PARTY, 'BankAccount'],
    to: [...PARTY, 'BankAccount'],
    // An account end goes to `payerAccount` / `beneficiaryAccount` instead.
    ftm: { kind: 'schema', schema: 'Payment', source: 'payer', target: 'beneficiary' },
  },
  {
    code: 'located_at',
    en: 'lives or is located at',
    ru: 'проживает (находится) по адресу',
    directed: true,
    reverseEn: 'address of',
    reverseRu: 'адрес',
    from: PARTY,
    to: ['Address'],
    ftm: { kind: 'property', holder: 'source', schema: 'Thing', property: 'addressEntity' },
  },
  {
    code: 'holds_document',
    en: 'holds identity document',
    ru: 'является владельцем документа',
    directed: true,
    reverseEn: 'held by',
    reverseRu: 'принадлежит',
    from: ['Person'],
    to: ['Passport'],
    ftm: { kind: 'property', holder: 'target', schema: 'Identification', property: 'holder' },
  },
] as const satisfies readonly LinkTypeTerm[];

/** Code of a link type. */
export type LinkTypeCode = (typeof LINK_TYPES)[number]['code'];
