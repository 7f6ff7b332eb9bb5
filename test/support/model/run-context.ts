/**
 * The state of one run of the model-based visibility test: its namespace (a tag in every label, a
 * statistics cell of its own), its agencies and users, the objects it created, the exact answers for
 * missing objects, and the tally of checks made.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/platform/db/schema.js';
import type { ApiClient, ApiResponse } from '../client.js';
import { modelVisible } from './sharing-model.js';
import type { ModelObject, RunUser, SharingSpec, World } from './world.js';

/** Actor × route comparisons made, by route, over the whole file. */
export class CheckTally {
  readonly byRoute = new Map<string, number>();
  total = 0;

  /** Counts `n` comparisons of one actor's answer on `route` with the model. */
  add(route: string, n = 1): void {
    this.byRoute.set(route, (this.byRoute.get(route) ?? 0) + n);
    this.total += n;
  }
}

/** One run of the property. */
export interface RunContext {
  db: Kysely<Database>;
  world: World;
  tag: string;
  cell: { country: string; year: number };
  /** Global indexes of the run's agencies. */
  agencies: number[];
  users: RunUser[];
  objects: ModelObject[];
  seq: number;
  tally: CheckTally;
  /** The exact text of the answer for a missing id, per route (a hidden object must answer the same). */
  missing: Map<string, string>;
}

/** True when the model lets the user's agency see the object. */
export function sees(ctx: RunContext, user: RunUser, obj: ModelObject): boolean {
  return modelVisible(ctx.world.agencies, ctx.world.agencies[user.agency]!, obj);
}

/** The run's objects of one table. */
export function objectsOf(ctx: RunContext, table: ModelObject['table']): ModelObject[] {
  return ctx.objects.filter((o) => o.table === table);
}

/** A short description of a user for assertion messages. */
export function who(ctx: RunContext, user: RunUser): string {
  const a = ctx.world.agencies[user.agency]!;
  return `agency#${user.agency} (${a.country ?? ctx.world.homes[user.agency]}, ${a.membership ?? 'no status'}) ${user.roles.join('+')}`;
}

/** The sharing block of a request body, and its model facts (named agencies as global indexes). */
export function sharingBody(ctx: RunContext, spec: SharingSpec) {
  const named =
    spec.distribution === 'named_agencies'
      ? [...new Set(spec.named.map((n) => ctx.agencies[n % ctx.agencies.length]!))]
      : [];
  const body = {
    distribution: spec.distribution,
    distributionAgencies: named.map((n) => ctx.world.agencies[n]!.id),
    handlingCode: spec.handlingCode,
    ...(spec.handlingCode === 'H3' ? { handlingRestriction: 'Joint operation only' } : {}),
    ...(spec.evaluation ? { evaluation: spec.evaluation } : {}),
    statisticsOnly: spec.statisticsOnly,
  };
  return { body, named };
}

/** Applies a sharing block the server accepted to the model. */
export function applySharing(obj: ModelObject, spec: SharingSpec, named: number[]): void {
  obj.distribution = spec.distribution;
  obj.named = named;
  obj.handlingCode = spec.handlingCode;
  obj.handlingRestriction = spec.handlingCode === 'H3' ? 'Joint operation only' : null;
  obj.evaluation = spec.evaluation;
  obj.statisticsOnly = spec.statisticsOnly;
}

/** Sends a request with any method through the client. */
export function send(client: ApiClient, method: string, path: string, body?: unknown): Promise<ApiResponse> {
  return client.request(method, path, body);
}
