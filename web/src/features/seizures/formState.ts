/**
 * The seizure form's state (every input's raw text), how a saved report fills it, and how it
 * becomes the request body of CreateSeizureBody / UpdateSeizureBody.
 */
import type { RecordSchema } from '../../api/records';
import type {
  DatePrecision,
  DrugLineInput,
  PartyInput,
  RouteRole,
  SeizureInput,
  SeizureView,
} from '../../api/seizures';
import { sharingInput, sharingState, type SharingState } from '../records/SharingFields';
import { unitKind } from './vocabulary';

export interface DrugLineForm {
  /** Stable React key of the row (rows are added, removed and reordered). */
  key: string;
  drug: string | null;
  form: string | null;
  quantity: string;
  unit: string | null;
  densityKgPerLitre: string;
  unitMassGrams: string;
  purityPercent: string;
  packaging: string;
  markings: string;
}

export interface RouteLegForm {
  key: string;
  role: RouteRole;
  country: string | null;
  place: string;
}

export type PartySchema = Extract<RecordSchema, 'Person' | 'Vehicle'>;

export interface PartyForm {
  key: string;
  schema: PartySchema;
  /** Pick an existing record, or enter a new one with the seizure. */
  mode: 'existing' | 'new';
  recordId: string | null;
  /** Caption of the picked record, to show it before the search list loads. */
  caption: string;
  name: string;
  patronymic: string;
  birthDate: string;
  nationality: string | null;
  registrationNumber: string;
  make: string;
  model: string;
  role: string | null;
  arrested: boolean;
}

export interface SeizureForm {
  reference: string;
  precision: DatePrecision;
  /** YYYY-MM-DD, for a full date. */
  date: string;
  year: string;
  /** 01–12, for a month or a full date given as parts. */
  month: string | null;
  time: string;
  country: string | null;
  region: string;
  locality: string;
  latitude: string;
  longitude: string;
  placeKind: string | null;
  borderCrossing: string;
  seizingAgencyId: string | null;
  transportMode: string | null;
  concealment: string[];
  narrative: string;
  operationReference: string;
  drugs: DrugLineForm[];
  route: RouteLegForm[];
  parties: PartyForm[];
  sharing: SharingState;
}

let counter = 0;
/** A fresh key for a new row. */
export function rowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

/** An empty drug line (kilograms, the unit most lines are reported in). */
export function emptyDrugLine(): DrugLineForm {
  return {
    key: rowKey(),
    drug: null,
    form: null,
    quantity: '',
    unit: 'kg',
    densityKgPerLitre: '',
    unitMassGrams: '',
    purityPercent: '',
    packaging: '',
    markings: '',
  };
}

/** A new route leg: the first is the origin, later ones transit until changed. */
export function emptyLeg(existing: number): RouteLegForm {
  return { key: rowKey(), role: existing === 0 ? 'origin' : 'transit', country: null, place: '' };
}

/** A new party row of the given schema, entered as a new record unless one is picked. */
export function emptyParty(schema: PartySchema): PartyForm {
  return {
    key: rowKey(),
    schema,
    mode: 'new',
    recordId: null,
    caption: '',
    name: '',
    patronymic: '',
    birthDate: '',
    nationality: null,
    registrationNumber: '',
    make: '',
    model: '',
    role: schema === 'Person' ? 'courier' : null,
    arrested: false,
  };
}

/** A blank report for the user's agency, in its country. */
export function emptyForm(agencyId: string, country: string | null): SeizureForm {
  return {
    reference: '',
    precision: 'day',
    date: '',
    year: '',
    month: null,
    time: '',
    country,
    region: '',
    locality: '',
    latitude: '',
    longitude: '',
    placeKind: null,
    borderCrossing: '',
    seizingAgencyId: agencyId,
    transportMode: null,
    concealment: [],
    narrative: '',
    operationReference: '',
    drugs: [emptyDrugLine()],
    route: [],
    parties: [],
    sharing: sharingState(),
  };
}

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

/** The form state of a saved report, for editing it. */
export function formFromView(view: SeizureView): SeizureForm {
  const [year = '', month = null] = view.occurredOn.split('-');
  return {
    reference: view.reference,
    precision: view.datePrecision,
    date: view.datePrecision === 'day' ? view.occurredOn : '',
    year,
    month,
    time: text(view.occurredTime),
    country: view.country,
    region: text(view.region),
    locality: text(view.locality),
    latitude: text(view.latitude),
    longitude: text(view.longitude),
    placeKind: view.placeKind,
    borderCrossing: text(view.borderCrossing),
    seizingAgencyId: view.seizingAgencyId,
    transportMode: view.transportMode,
    concealment: view.concealment,
    narrative: text(view.narrative),
    operationReference: text(view.operationReference),
    drugs: view.drugs.map((line) => ({
      key: rowKey(),
      drug: line.drug,
      form: line.form,
      quantity: text(line.quantity),
      unit: line.unit,
      densityKgPerLitre: text(line.densityKgPerLitre),
      unitMassGrams: text(line.unitMassGrams),
      purityPercent: text(line.purityPercent),
      packaging: text(line.packaging),
      markings: text(line.markings),
    })),
    route: view.route.map((leg) => ({
      key: rowKey(),
      role: leg.role,
      country: leg.country,
      place: text(leg.place),
    })),
    // A party whose record is no longer visible cannot be sent back; the server keeps what it may.
    parties: view.parties.flatMap((party) =>
      party.recordId && (party.schema === 'Person' || party.schema === 'Vehicle')
        ? [
            {
              ...emptyParty(party.schema),
              mode: 'existing' as const,
              recordId: party.recordId,
              caption: party.caption ?? '',
              role: party.role,
              arrested: party.arrested ?? false,
            },
          ]
        : [],
    ),
    sharing: sharingState(view.sharing),
  };
}

/** The date as the API takes it: YYYY-MM-DD, YYYY-MM or YYYY by the chosen precision. */
export function occurredOn(form: SeizureForm): string {
  if (form.precision === 'day') {
    return form.date.trim();
  }
  if (form.precision === 'month') {
    return `${form.year.trim()}-${form.month ?? ''}`;
  }
  return form.year.trim();
}

/** Trimmed text, or undefined when blank (the API takes an absent field, not an empty string). */
function opt(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

function drugInput(line: DrugLineForm): DrugLineInput {
  const kind = unitKind(line.unit ?? '');
  return {
    drug: line.drug ?? '',
    form: line.form ?? undefined,
    quantity: opt(line.quantity),
    unit: line.unit ?? '',
    // Only the figure the unit needs: the server refuses a density on a mass line and the like.
    densityKgPerLitre: kind === 'volume' ? opt(line.densityKgPerLitre) : undefined,
    unitMassGrams: kind === 'count' ? opt(line.unitMassGrams) : undefined,
    purityPercent: opt(line.purityPercent),
    packaging: opt(line.packaging),
    markings: opt(line.markings),
  };
}

function properties(party: PartyForm): Record<string, string[]> {
  const entries: [string, string | undefined][] =
    party.schema === 'Person'
      ? [
          ['name', opt(party.name)],
          ['fatherName', opt(party.patronymic)],
          ['birthDate', opt(party.birthDate)],
          // FollowTheMoney writes countries in lower case.
          ['nationality', party.nationality?.toLowerCase()],
        ]
      : [
          ['registrationNumber', opt(party.registrationNumber)],
          // FollowTheMoney's Vehicle has no make: it leads the model, as the records screens write it.
          [
            'model',
            opt(
              [party.make, party.model]
                .map((part) => part.trim())
                .filter(Boolean)
                .join(' '),
            ),
          ],
        ];
  return Object.fromEntries(entries.flatMap(([name, value]) => (value ? [[name, [value]]] : [])));
}

function partyInput(party: PartyForm): PartyInput {
  const person = party.schema === 'Person';
  const base: PartyInput = {
    role: party.role ?? undefined,
    arrested: person ? party.arrested : undefined,
  };
  return party.mode === 'existing'
    ? { ...base, recordId: party.recordId ?? undefined }
    : { ...base, newRecord: { schema: party.schema, properties: properties(party) } };
}

/** The request body (without the version) of the form's state. */
export function toInput(form: SeizureForm): SeizureInput {
  const latitude = opt(form.latitude);
  const longitude = opt(form.longitude);
  return {
    reference: form.reference.trim(),
    occurredOn: occurredOn(form),
    occurredTime: opt(form.time),
    country: form.country ?? '',
    region: opt(form.region),
    locality: opt(form.locality),
    latitude: latitude === undefined ? undefined : Number(latitude),
    longitude: longitude === undefined ? undefined : Number(longitude),
    placeKind: form.placeKind ?? undefined,
    borderCrossing: opt(form.borderCrossing),
    seizingAgencyId: form.seizingAgencyId ?? undefined,
    transportMode: form.transportMode ?? undefined,
    concealment: form.concealment,
    narrative: opt(form.narrative),
    operationReference: opt(form.operationReference),
    drugs: form.drugs.map(drugInput),
    route: form.route.map((leg) => ({ role: leg.role, country: leg.country ?? '', place: opt(leg.place) })),
    parties: form.parties.map(partyInput),
    sharing: sharingInput(form.sharing),
  };
}
