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
  | 'metrics:read';

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
  /** Client address, for the audit log. */
  ip?: string | undefined;
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

/** Whether a gate lies within a scope: global, its province listed, or the gate itself listed. */
export function gateInScope(scope: Scope, gate: { id: string; province: string }): boolean {
  return (
    scope.global === true ||
    (scope.provinces ?? []).includes(gate.province) ||
    (scope.gates ?? []).includes(gate.id)
  );
}

/** Whether `inner` grants nothing beyond `outer` (a token or a user never gets more than its creator). */
export function scopeWithin(inner: Scope, outer: Scope): boolean {
  if (outer.global === true) return true;
  if (inner.global === true) return false;
  const provinces = new Set(outer.provinces ?? []);
  const gates = new Set(outer.gates ?? []);
  return (
    (inner.provinces ?? []).every((p) => provinces.has(p)) && (inner.gates ?? []).every((g) => gates.has(g))
  );
}
