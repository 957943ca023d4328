// Who may do what, and where. Pure: the roles' permissions and the scope test.
import type { Role, Scope } from '../../schemas/types.ts';

export type Permission =
  /** Read anything in scope. */
  | 'read'
  /** Create, edit and delete gates. */
  | 'gate:write'
  /** Create, edit and delete screens; pair, issue and revoke device credentials; remote commands. */
  | 'screen:write'
  /** Write messages, playlists, schedules and media (as drafts). */
  | 'content:write'
  /** Approve and publish content written by someone else. */
  | 'content:approve'
  /** Send and clear emergency messages. */
  | 'emergency'
  /** Black out screens and restore them. */
  | 'blackout'
  /** Manage users and API tokens. */
  | 'user:manage'
  /** Read and export the audit log. */
  | 'audit:read'
  /** Manage outgoing webhooks (alerts to chat or SMS gateways). */
  | 'webhook:manage'
  /** Scrape GET /metrics (Prometheus). */
  | 'metrics:read'
  /** Register the authorities that send CAP alerts (alert sources), their tokens, scopes and rules. */
  | 'alert:manage'
  /** Register data sources (pulled or pushed live values), their tokens, scopes, maximum ages and bounds. */
  | 'data:manage';

const grants: Record<Role, readonly Permission[]> = {
  admin: [
    'read',
    'gate:write',
    'screen:write',
    'content:write',
    'content:approve',
    'emergency',
    'blackout',
    'user:manage',
    'audit:read',
    'webhook:manage',
    'metrics:read',
    'alert:manage',
    'data:manage',
  ],
  editor: ['read', 'content:write'],
  approver: ['read', 'content:approve', 'emergency', 'blackout'],
  technician: ['read', 'screen:write', 'blackout', 'metrics:read'],
  viewer: ['read'],
};

/** Who is acting: a signed-in user, an API token, or the controller itself (seeding, jobs). */
export interface Principal {
  kind: 'user' | 'token' | 'system';
  id: string;
  name: string;
  roles: readonly Role[];
  scope: Scope;
  /**
   * The person behind the principal, as `user:<id>`: an API token acts for the person who created it, so
   * the two-person rule cannot be beaten by minting a token. Absent: the principal is its own person.
   */
  person?: string | undefined;
  /** Client address, for the audit log. */
  ip?: string | undefined;
}

/** Who is acting, as a person: `user:<id>` for a user and for the tokens they made; else `<kind>:<id>`. */
export function personOf(principal: Pick<Principal, 'kind' | 'id' | 'person'>): string {
  return principal.person ?? `${principal.kind}:${principal.id}`;
}

/** Whether two principals (or recorded actors) are the same person. */
export function samePerson(
  a: Pick<Principal, 'kind' | 'id' | 'person'>,
  b: Pick<Principal, 'kind' | 'id' | 'person'>,
): boolean {
  return personOf(a) === personOf(b);
}

/** The actor as recorded on approvals and overrides (with the person, for the two-person rule). */
export function actorRecord(actor: Principal): {
  kind: Principal['kind'];
  id: string;
  name: string;
  person: string;
} {
  return { kind: actor.kind, id: actor.id, name: actor.name, person: personOf(actor) };
}

/** The controller acting on its own behalf (first-start seeding, periodic jobs). */
export const systemPrincipal: Principal = {
  kind: 'system',
  id: 'system',
  name: 'Gatecast',
  roles: ['admin'],
  scope: { global: true },
};

/** Whether any of the principal's roles grants the permission. */
export function can(principal: Pick<Principal, 'roles'>, permission: Permission): boolean {
  return principal.roles.some((role) => grants[role].includes(permission));
}

/** The roles that grant a permission (for error messages and the authorisation matrix). */
export function rolesGranting(permission: Permission): Role[] {
  return (Object.keys(grants) as Role[]).filter((role) => grants[role].includes(permission));
}

/** The permissions a set of roles grants. */
export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => grants[role]));
}

/** The roles among `roles` that grant a permission the granter lacks (nobody grants more than they hold). */
export function rolesBeyond(granter: Pick<Principal, 'roles'>, roles: readonly Role[]): Role[] {
  const held = permissionsOf(granter.roles);
  return roles.filter((role) => grants[role].some((p) => !held.has(p)));
}

/** Whether a gate lies within a scope: global, its province listed, or the gate itself listed. */
export function gateInScope(scope: Scope, gate: { id: string; province: string }): boolean {
  return (
    scope.global === true ||
    (scope.provinces ?? []).includes(gate.province) ||
    (scope.gates ?? []).includes(gate.id)
  );
}

/** Everything either scope reaches (for an audit entry about a change from one scope to another). */
export function mergeScopes(a: Scope, b: Scope): Scope {
  if (a.global === true || b.global === true) return { global: true };
  return {
    provinces: [...new Set([...(a.provinces ?? []), ...(b.provinces ?? [])])],
    gates: [...new Set([...(a.gates ?? []), ...(b.gates ?? [])])],
  };
}

/** The scope something created by the principal belongs to: absent when national, else its provinces and gates. */
export function ownerScope(principal: Pick<Principal, 'scope'>): Scope | undefined {
  if (principal.scope.global === true) return undefined;
  return { provinces: [...(principal.scope.provinces ?? [])], gates: [...(principal.scope.gates ?? [])] };
}
