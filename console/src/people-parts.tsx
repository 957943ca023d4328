import type { Gate } from './api.ts';
import { t, type MessageKey } from './i18n.ts';
import type { Role, Scope } from './people-api.ts';

const roleKey: Record<Role, MessageKey> = {
  admin: 'roleAdmin',
  editor: 'roleEditor',
  approver: 'roleApprover',
  technician: 'roleTechnician',
  viewer: 'roleViewer',
};
const roleHintKey: Record<Role, MessageKey> = {
  admin: 'roleAdminHint',
  editor: 'roleEditorHint',
  approver: 'roleApproverHint',
  technician: 'roleTechnicianHint',
  viewer: 'roleViewerHint',
};

/** A role by its name in the interface's language. */
export function RoleName({ role }: { role: Role }) {
  return <>{t(roleKey[role])}</>;
}

/** What a role lets its holder do, in a few words. */
export const roleHint = (role: Role): string => t(roleHintKey[role]);

/** A scope as a sentence: nationwide, or its provinces and gates by name. */
export function scopeText(scope: Scope, gates: readonly Gate[]): string {
  if (scope.global === true) return t('pScopeNational');
  const parts: string[] = [];
  const provinces = scope.provinces ?? [];
  const gateIds = scope.gates ?? [];
  if (provinces.length > 0) parts.push(t('pScopeProvinces', { names: provinces.join(', ') }));
  if (gateIds.length > 0)
    parts.push(
      t('pScopeGates', {
        names: gateIds.map((id) => gates.find((g) => g.id === id)?.name ?? id).join(', '),
      }),
    );
  return parts.length > 0 ? parts.join('; ') : t('pScopeNone');
}
