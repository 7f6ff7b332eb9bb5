import type { MembershipStatus, Role, TokenScope } from '../db/schema.js';

/** How the actor proved who they are. */
export type ActorAuth =
  | { kind: 'session'; sessionId: string; stage: 'full' | 'totp_enrolment' }
  | { kind: 'token'; tokenId: string; scopes: TokenScope[] };

/** The signed-in user (or system acting through an API token) behind a request. */
export interface Actor {
  userId: string;
  username: string;
  agencyId: string;
  countryCode: string | null;
  /** The standing of the actor's agency in the regional centre (decides member-wide sharing). */
  membership: MembershipStatus | null;
  roles: Role[];
  auth: ActorAuth;
}

/** What the audit log needs to know about the request, whether or not anyone is signed in. */
export interface RequestContext {
  requestId: string;
  ip: string | null;
  actor: Actor | null;
}
