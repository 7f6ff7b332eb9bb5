import { describe, expect, it } from 'vitest';
import { demoAgencies } from '../region-data.js';
import { CreateSeizureBody } from '../../modules/records/seizures/seizures.schema.js';
import { demoUuid } from './ids.js';
import { planChunks, type Chunk } from './plan.js';

const agencies = demoAgencies.map((a) => ({
  id: demoUuid(`test-agency:${a.code}`),
  code: a.code,
  countryCode: a.countryCode ?? null,
  kind: a.kind,
}));
const countryOf = new Map(agencies.map((a) => [a.id, a.countryCode]));

function run(seizures: number, seed = '1'): Chunk[] {
  return [...planChunks({ seed, seizures, agencies })];
}

const chunks = run(3000);
const all = chunks.flatMap((c) => c.seizures);
const records = new Map(chunks.flatMap((c) => c.records).map((r) => [r.id, r]));
const month = (date: string) => Number(date.slice(5, 7));

describe('generated seizures', () => {
  it('are reproducible by seed, and a longer run extends a shorter one', () => {
    const again = run(600);
    expect(JSON.stringify(again.flatMap((c) => c.seizures))).toBe(JSON.stringify(all.slice(0, 600)));
    const other = run(600, '2');
    expect(other.flatMap((c) => c.seizures)[0]!.body).not.toEqual(all[0]!.body);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(new Set(all.map((s) => `${s.owner.id}:${s.body.reference}`)).size).toBe(all.length);
  });

  it('every report passes the request schema of the seizure API', () => {
    for (const s of all) {
      const parsed = CreateSeizureBody.safeParse(s.body);
      expect(parsed.success, `${s.externalId}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('are owned by an agency of the seizing country, and their parties are generated records', () => {
    for (const s of all) {
      expect(countryOf.get(s.owner.id)).toBe(s.body.country);
      expect(s.body.seizingAgencyId).toBe(s.owner.id);
      for (const p of s.body.parties) expect(records.has(p.recordId), s.externalId).toBe(true);
    }
    const schemas = new Set(all.flatMap((s) => s.body.parties.map((p) => records.get(p.recordId)!.schema)));
    expect([...schemas].sort()).toEqual(['Person', 'Vehicle']);
    const kinds = new Set([...records.values()].map((r) => r.schema));
    for (const schema of ['Organization', 'Membership', 'Associate', 'Family', 'Call', 'Person', 'Vehicle']) {
      expect(kinds.has(schema as never), schema).toBe(true);
    }
  });

  it('fall within 2014-01 to 2026-11 and show the seasons', () => {
    for (const s of all) {
      expect(s.body.occurredOn >= '2014').toBe(true);
      expect(s.body.occurredOn.slice(0, 7) <= '2026-11').toBe(true);
    }
    const cannabis = all.filter((s) => s.scenario === 'chui_cannabis' && s.body.occurredOn.length >= 7);
    const harvest = cannabis.filter((s) => [8, 9, 10].includes(month(s.body.occurredOn)));
    expect(cannabis.length).toBeGreaterThan(200);
    expect(harvest.length / cannabis.length).toBeGreaterThan(0.6);
    const border = all.filter((s) => s.scenario === 'panj_border' && s.body.occurredOn.length >= 7);
    const summer = border.filter((s) => month(s.body.occurredOn) >= 5 && month(s.body.occurredOn) <= 10);
    expect(summer.length / border.length).toBeGreaterThan(0.6);
    // Synthetic drugs grow over the years.
    const synthetic = (from: string, to: string) =>
      all.filter(
        (s) => s.scenario === 'synthetic_drugs' && s.body.occurredOn >= from && s.body.occurredOn < to,
      ).length;
    expect(synthetic('2023', '2027')).toBeGreaterThan(3 * synthetic('2014', '2018'));
  });

  it('have heavy-tailed quantities: grams at retail, kilograms to hundreds in trafficking', () => {
    const heroinKg = all
      .flatMap((s) => s.body.drugs)
      .filter((d) => d.drug === 'heroin' && d.unit === 'kg' && d.quantity)
      .map((d) => Number(d.quantity))
      .sort((a, b) => a - b);
    const median = heroinKg[Math.floor(heroinKg.length / 2)]!;
    expect(median).toBeGreaterThan(0.5);
    expect(median).toBeLessThan(15);
    expect(heroinKg.at(-1)!).toBeGreaterThan(50);
    const retail = all.filter((s) => s.scenario === 'street_level').flatMap((s) => s.body.drugs);
    expect(retail.filter((d) => d.unit === 'g').length / retail.length).toBeGreaterThan(0.7);
  });

  it('bring acetic anhydride into Afghanistan in litres, and use the vocabularies’ methods', () => {
    const aa = all.filter((s) => s.body.drugs.some((d) => d.drug === 'acetic_anhydride'));
    expect(aa.length).toBeGreaterThan(50);
    for (const s of aa) {
      expect(s.body.drugs[0]!.unit).toBe('l');
      expect(s.body.route.at(-1)).toMatchObject({ role: 'destination', country: 'AF' });
    }
    const concealment = new Set<string>(all.flatMap((s) => s.body.concealment));
    for (const c of [
      'vehicle_secret_compartment',
      'foodstuff',
      'body_cavity_swallowed',
      'pedestrian_carrier',
      'animal_transport',
      'dead_drop',
      'cargo',
    ]) {
      expect(concealment.has(c), c).toBe(true);
    }
    const transport = new Set<string | undefined>(all.map((s) => s.body.transportMode));
    for (const t of ['road', 'rail', 'air', 'on_foot', 'animal', 'improvised_watercraft']) {
      expect(transport.has(t), t).toBe(true);
    }
  });

  it('mix the sharing settings: mostly all members, some closer, some H2, a few statistics-only', () => {
    const share = (f: (s: (typeof all)[number]) => boolean) => all.filter(f).length / all.length;
    expect(share((s) => s.body.sharing.distribution === 'all_members')).toBeGreaterThan(0.5);
    for (const d of ['own_agency', 'own_country', 'named_agencies', 'members_and_observers']) {
      expect(
        share((s) => s.body.sharing.distribution === d),
        d,
      ).toBeGreaterThan(0.01);
    }
    expect(share((s) => s.body.sharing.handlingCode === 'H2')).toBeGreaterThan(0.05);
    const statsOnly = share((s) => s.body.sharing.statisticsOnly === true);
    expect(statsOnly).toBeGreaterThan(0.01);
    expect(statsOnly).toBeLessThan(0.1);
  });

  it('write narratives in Russian or English', () => {
    const ru = all.filter((s) => / обнаружено и изъято /.test(s.body.narrative ?? '')).length;
    // English reports keep Russian plates in Cyrillic, but nothing else.
    const en = all.filter((s) =>
      /^[^А-Яа-яЁё]+$/.test((s.body.narrative ?? '').replace(/vehicle \S+ \d+/, '')),
    ).length;
    expect(ru / all.length).toBeGreaterThan(0.6);
    expect(en / all.length).toBeGreaterThan(0.1);
    expect(ru + en).toBe(all.length);
  });
});
