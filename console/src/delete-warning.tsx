import { useEffect, useState } from 'preact/hooks';
import type { ApiClient, ReviewedNoun } from './api.ts';
import { formatInstant } from './format.ts';
import { t } from './i18n.ts';
import { onAirOf, type OnAir } from './on-air-api.ts';

// Within a minute counts as now: the manifests' segments start on whole minutes.
const nowSlackMs = 60_000;

/**
 * What deleting approved content does to the public, in words: on how many screens at which gates, now or
 * from when. Empty for an item with no approved version (a draft reaches no screen).
 */
export function onAirText(onAir: OnAir, now = Date.now()): string {
  if (!onAir.approved) return '';
  if (onAir.screens === 0) return t('delApprovedNowhere');
  const several = onAir.gates.length > 1;
  const gates = onAir.gates
    .map((g) => (several ? t('delGateScreens', { gate: g.name, count: g.screens }) : g.name))
    .join(', ');
  const first = onAir.firstOnScreens;
  if (first && Date.parse(first) > now + nowSlackMs)
    return t('delOnAirLater', {
      count: onAir.screens,
      gates,
      when: formatInstant(first, onAir.gates[0]?.timeZone),
    });
  return t('delOnAirNow', { count: onAir.screens, gates });
}

/** Asks where an item is on air and says it (empty when it cannot be told: the server refuses alike). */
export function onAirWarning(api: ApiClient, noun: ReviewedNoun, id: string): Promise<string> {
  return onAirOf(api, noun, id).then(
    (onAir) => onAirText(onAir),
    () => '',
  );
}

/**
 * The warning inside a delete confirmation: for approved content, what the public would stop seeing and
 * where; nothing for a draft. `id` names it for the confirmation's aria-describedby.
 */
export function OnAirWarning(props: { api: ApiClient; noun: ReviewedNoun; id: string; elementId: string }) {
  const { api, noun, id } = props;
  const [text, setText] = useState<string | undefined>(undefined);
  useEffect(() => {
    let stopped = false;
    setText(undefined);
    void onAirWarning(api, noun, id).then((said) => {
      if (!stopped) setText(said);
    });
    return () => {
      stopped = true;
    };
  }, [api, noun, id]);
  if (text === undefined)
    return (
      <p class="hint" id={props.elementId} data-on-air="checking">
        {t('delOnAirChecking')}
      </p>
    );
  return text ? (
    <p class="error" id={props.elementId} data-on-air>
      <strong>{text}</strong>
    </p>
  ) : null;
}
