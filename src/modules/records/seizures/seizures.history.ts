import type { SeizureView } from './seizures.present.js';
import type { SeizureInput } from './seizures.repository.js';

/** A seizure as flat `field → value` pairs for its history; empty values are left out. */
export type SeizureSnapshot = Record<string, unknown>;

const orNull = (v: unknown) => (v === undefined || v === '' ? null : v);

/**
 * The fields of a report that its history tracks, in one shape whether they come from a request
 * (`SeizureInput`) or from the stored report (`SeizureView`), so that the two can be compared.
 * Derived values (kilogram equivalents, totals) are left out: they follow from the lines.
 */
export function seizureSnapshot(s: SeizureInput | SeizureView): SeizureSnapshot {
  const sharing = s.sharing;
  const evaluation = sharing.evaluation ?? null;
  const fields: SeizureSnapshot = {
    reference: s.reference,
    occurredOn: s.occurredOn,
    occurredTime: orNull(s.occurredTime),
    country: s.country,
    region: orNull(s.region),
    locality: orNull(s.locality),
    latitude: orNull(s.latitude),
    longitude: orNull(s.longitude),
    placeKind: orNull(s.placeKind),
    borderCrossing: orNull(s.borderCrossing),
    seizingAgencyId: orNull(s.seizingAgencyId),
    transportMode: orNull(s.transportMode),
    concealment: [...new Set(s.concealment)].sort(),
    narrative: orNull(s.narrative),
    operationReference: orNull(s.operationReference),
    drugs: s.drugs.map((d) => ({
      drug: d.drug,
      form: orNull(d.form),
      quantity: orNull(d.quantity),
      unit: d.unit,
      densityKgPerLitre: orNull(d.densityKgPerLitre),
      unitMassGrams: orNull(d.unitMassGrams),
      purityPercent: orNull(d.purityPercent),
      packaging: orNull(d.packaging),
      markings: orNull(d.markings),
    })),
    route: s.route.map((r) => ({ role: r.role, country: r.country, place: orNull(r.place) })),
    parties: s.parties.map((p) => ({
      recordId: p.recordId,
      role: orNull(p.role),
      arrested: orNull(p.arrested),
    })),
    'sharing.distribution': sharing.distribution,
    'sharing.distributionAgencies': [...sharing.distributionAgencies].sort(),
    'sharing.handlingCode': sharing.handlingCode,
    'sharing.handlingRestriction': orNull(sharing.handlingRestriction),
    'sharing.evaluationSource': evaluation?.source ?? null,
    'sharing.evaluationInformation': evaluation?.information ?? null,
    'sharing.statisticsOnly': sharing.statisticsOnly,
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

/** What changed between two snapshots: field → [before, after]. */
export function snapshotDiff(
  before: SeizureSnapshot,
  after: SeizureSnapshot,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}
