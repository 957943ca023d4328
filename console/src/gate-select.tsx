import type { Gate } from './api.ts';
import { t } from './i18n.ts';

/** A labelled gate picker whose first choice is "all gates" (the empty value, passed on as null). */
export function GateSelect(props: {
  label: string;
  name: string;
  gates: readonly Pick<Gate, 'id' | 'name'>[];
  value: string | null | undefined;
  onChange: (gateId: string | null) => void;
  /** The first choice's words, when it means something other than every gate (e.g. "choose a gate"). */
  emptyLabel?: string;
}) {
  return (
    <label>
      {props.label}
      <select
        name={props.name}
        value={props.value ?? ''}
        onChange={(e) => {
          props.onChange(e.currentTarget.value || null);
        }}
      >
        <option value="">{props.emptyLabel ?? t('allGates')}</option>
        {props.gates.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </label>
  );
}
