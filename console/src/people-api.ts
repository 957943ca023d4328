import { done, ok, type ApiClient, type Body, type Reply } from './api.ts';

type Items<T extends { items: unknown[] }> = T['items'][number];
/** A person as an admin sees them (never a password or a secret). */
export type Person = Reply<'get', '/api/v1/users/{id}'>;
/** What an admin's form sends: the person, and a password only to set or reset it. */
export type PersonInput = Body<'post', '/api/v1/users'>;
export type Role = Person['roles'][number];
export type Scope = Person['scope'];
export type AuditEntry = Items<Reply<'get', '/api/v1/users/{id}/audit'>>;
export type ApiToken = Items<Reply<'get', '/api/v1/tokens'>>;
export type ApiTokenCreated = Reply<'post', '/api/v1/tokens'>;
export type ApiTokenInput = Body<'post', '/api/v1/tokens'>;
export type TotpSetup = Reply<'post', '/api/v1/auth/totp'>;
export type RecoveryCodes = Reply<'post', '/api/v1/auth/totp/confirm'>;

/** Every role, in the order the forms list them. */
export const allRoles: readonly Role[] = ['admin', 'editor', 'approver', 'technician', 'viewer'];

const byId = (id: string) => ({ params: { path: { id } } });

/** People, API tokens and the signed-in person's own sign-in (password, second factor). */
export function peopleApi(api: ApiClient) {
  const { http } = api;
  return {
    people: () => ok(http.GET('/api/v1/users')),
    savePerson: (body: PersonInput, id?: string) =>
      ok(id ? http.PUT('/api/v1/users/{id}', { ...byId(id), body }) : http.POST('/api/v1/users', { body })),
    removePerson: (id: string) => done(http.DELETE('/api/v1/users/{id}', byId(id))),
    /** A lost authenticator: the person signs in with the password alone until they enrol again. */
    turnOffSecondFactor: (id: string) => done(http.DELETE('/api/v1/users/{id}/totp', byId(id))),
    audit: (id: string, limit = 20) =>
      ok(http.GET('/api/v1/users/{id}/audit', { params: { path: { id }, query: { limit } } })),

    tokens: () => ok(http.GET('/api/v1/tokens')),
    createToken: (body: ApiTokenInput) => ok(http.POST('/api/v1/tokens', { body })),
    revokeToken: (id: string) => done(http.DELETE('/api/v1/tokens/{id}', byId(id))),

    /** Changes the caller's password; every session of theirs ends (this one too). */
    changePassword: (currentPassword: string, newPassword: string) =>
      done(http.POST('/api/v1/auth/password', { body: { currentPassword, newPassword } })),
    startTotp: (password: string) => ok(http.POST('/api/v1/auth/totp', { body: { password } })),
    confirmTotp: (totp: string) => ok(http.POST('/api/v1/auth/totp/confirm', { body: { totp } })),
    disableTotp: (totp: string) => done(http.POST('/api/v1/auth/totp/disable', { body: { totp } })),
    renewRecoveryCodes: (totp: string) =>
      ok(http.POST('/api/v1/auth/totp/recovery-codes', { body: { totp } })),
  };
}
export type PeopleApi = ReturnType<typeof peopleApi>;
