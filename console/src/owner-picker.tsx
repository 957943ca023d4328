import type { Gate, Me } from './api.ts';
import { FieldError, type FieldErrors } from './field-error.tsx';
import { t } from './i18n.ts';

/** Whose a message or playlist is (Contract C): national, a province's, or a gate's. */
export type OwnerKind = 'national' | 'province' | 'gate';
export interface Owner {
  owner: OwnerKind;
  gateId: string;
  province: string;
}

/** The provinces of the gates in view, sorted, each once. */
export function provincesOf(gates: readonly Pick<Gate, 'province'>[]): string[] {
  return [...new Set(gates.map((g) => g.province))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** How an owner reads in a list: "Toàn quốc", "Tỉnh Gia Lai", or the gate's name. */
export function ownerLabel(
  item: { gateId?: string | null | undefined; province?: string | null | undefined },
  gates: readonly Pick<Gate, 'id' | 'name'>[],
): string {
  if (item.gateId) return gates.find((g) => g.id === item.gateId)?.name ?? item.gateId;
  if (item.province) return t('ownerProvinceOf', { province: item.province });
  return t('ownerNational');
}

/**
 * The owner picker: national, a province or a gate. It offers what the person's scope covers and always the
 * item's current owner, so opening an item never moves it silently; the server still decides.
 */
export function OwnerPicker(props: {
  formId: string;
  value: Owner;
  stored: Owner | undefined;
  gates: readonly Gate[];
  scope: Me['scope'];
  errors: FieldErrors;
  onChange: (next: Owner) => void;
}) {
  const { value, stored, scope, errors, formId } = props;
  const global = scope.global === true;
  const provinces = provincesOf(props.gates).filter(
    (p) => global || (scope.provinces ?? []).includes(p) || stored?.province === p,
  );
  const kinds: OwnerKind[] = [
    ...(global || stored?.owner === 'national' ? (['national'] as const) : []),
    ...(provinces.length > 0 ? (['province'] as const) : []),
    'gate',
  ];
  const kindLabel = { national: t('ownerNational'), province: t('ownerProvince'), gate: t('ownerGate') };
  const change = (patch: Partial<Owner>) => {
    props.onChange({ ...value, ...patch });
  };
  return (
    <fieldset class="owner" data-field="owner">
      <legend>{t('ownerLegend')}</legend>
      <div class="row" role="radiogroup" aria-label={t('ownerLegend')}>
        {kinds.map((kind) => (
          <label key={kind} class="check">
            <input
              type="radio"
              name={`${formId}-owner`}
              value={kind}
              checked={value.owner === kind}
              onChange={() => {
                change({
                  owner: kind,
                  gateId: kind === 'gate' && !value.gateId ? (props.gates[0]?.id ?? '') : value.gateId,
                  province: kind === 'province' && !value.province ? (provinces[0] ?? '') : value.province,
                });
              }}
            />
            {kindLabel[kind]}
          </label>
        ))}
      </div>
      {value.owner === 'gate' && (
        <label>
          {t('gate')}
          <select
            name="owner-gate"
            value={value.gateId}
            {...errors.input('/gateId')}
            onChange={(e) => {
              change({ gateId: e.currentTarget.value });
            }}
          >
            {props.gates.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <FieldError errors={errors} pointer="/gateId" />
        </label>
      )}
      {value.owner === 'province' && (
        <label>
          {t('province')}
          <select
            name="owner-province"
            value={value.province}
            {...errors.input('/province')}
            onChange={(e) => {
              change({ province: e.currentTarget.value });
            }}
          >
            {provinces.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <FieldError errors={errors} pointer="/province" />
        </label>
      )}
      {stored &&
        (stored.owner !== value.owner ||
          stored.gateId !== value.gateId ||
          stored.province !== value.province) && (
          <p class="hint" data-owner-moved>
            {t('ownerMoved')}
          </p>
        )}
    </fieldset>
  );
}
