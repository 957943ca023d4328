import type { CapAlert, GateOutcome } from './alerts-api.ts';
import { t, type MessageKey } from './i18n.ts';

// The CAP values and outcomes in the interface's words, with the badge each is drawn in.

type Badge = 'badge-ok' | 'badge-warn' | 'badge-bad' | 'badge-muted';

const statusWords: Record<CapAlert['status'], [MessageKey, Badge]> = {
  Actual: ['capStatusActual', 'badge-muted'],
  Exercise: ['capStatusExercise', 'badge-warn'],
  Test: ['capStatusTest', 'badge-warn'],
  System: ['capStatusSystem', 'badge-muted'],
  Draft: ['capStatusDraft', 'badge-muted'],
};
const msgTypeWords: Record<CapAlert['msgType'], MessageKey> = {
  Alert: 'capMsgAlert',
  Update: 'capMsgUpdate',
  Cancel: 'capMsgCancel',
  Ack: 'capMsgAck',
  Error: 'capMsgError',
};
const outcomeWords: Record<CapAlert['outcome'], [MessageKey, Badge]> = {
  shown: ['capOutcomeShown', 'badge-bad'],
  pending: ['capOutcomePending', 'badge-warn'],
  ended: ['capOutcomeEnded', 'badge-muted'],
  updated: ['capOutcomeUpdated', 'badge-muted'],
  cancelled: ['capOutcomeCancelled', 'badge-muted'],
  draft: ['capOutcomeDraft', 'badge-muted'],
  'not-for-display': ['capOutcomeNotForDisplay', 'badge-muted'],
  'no-gate': ['capOutcomeNoGate', 'badge-muted'],
  'no-exercise-screen': ['capOutcomeNoExerciseScreen', 'badge-muted'],
  'unknown-reference': ['capOutcomeUnknownReference', 'badge-warn'],
};
const gateOutcomeWords: Record<GateOutcome['outcome'], [MessageKey, Badge]> = {
  active: ['capGateActive', 'badge-bad'],
  pending: ['capGatePending', 'badge-warn'],
  'no-exercise-screen': ['capGateNoExerciseScreen', 'badge-muted'],
  'no-text': ['capGateNoText', 'badge-warn'],
  replaced: ['capGateReplaced', 'badge-muted'],
  cleared: ['capGateCleared', 'badge-muted'],
  expired: ['capGateExpired', 'badge-muted'],
};
const textWords: Record<string, MessageKey> = {
  original: 'capTextOriginal',
  template: 'capTextTemplate',
  missing: 'capTextMissing',
};
const severityWords: Record<CapAlert['severity'], MessageKey> = {
  Extreme: 'capSeverityExtreme',
  Severe: 'capSeveritySevere',
  Moderate: 'capSeverityModerate',
  Minor: 'capSeverityMinor',
  Unknown: 'capUnknown',
};
const urgencyWords: Record<CapAlert['urgency'], MessageKey> = {
  Immediate: 'capUrgencyImmediate',
  Expected: 'capUrgencyExpected',
  Future: 'capUrgencyFuture',
  Past: 'capUrgencyPast',
  Unknown: 'capUnknown',
};
const certaintyWords: Record<CapAlert['certainty'], MessageKey> = {
  Observed: 'capCertaintyObserved',
  Likely: 'capCertaintyLikely',
  Possible: 'capCertaintyPossible',
  Unlikely: 'capCertaintyUnlikely',
  Unknown: 'capUnknown',
};

export type Severity = CapAlert['severity'];
export type Urgency = CapAlert['urgency'];
export type Certainty = CapAlert['certainty'];
export const severities = Object.keys(severityWords) as Severity[];
export const urgencies = Object.keys(urgencyWords) as Urgency[];
export const certainties = Object.keys(certaintyWords) as Certainty[];
export const alertOutcomes = Object.keys(outcomeWords) as CapAlert['outcome'][];

/** A drill: status Exercise or Test. */
export const isDrill = (a: Pick<CapAlert, 'status'>): boolean =>
  a.status === 'Exercise' || a.status === 'Test';

export const statusWord = (s: CapAlert['status']) => ({
  text: t(statusWords[s][0]),
  badge: statusWords[s][1],
});
export const msgTypeWord = (m: CapAlert['msgType']) => t(msgTypeWords[m]);
export const outcomeWord = (o: CapAlert['outcome']) => ({
  text: t(outcomeWords[o][0]),
  badge: outcomeWords[o][1],
});
export const gateOutcomeWord = (o: GateOutcome['outcome']) => ({
  text: t(gateOutcomeWords[o][0]),
  badge: gateOutcomeWords[o][1],
});
export const textWord = (source: string) => t(textWords[source] ?? 'capTextMissing');
export const severityWord = (s: Severity) => t(severityWords[s]);
export const urgencyWord = (u: Urgency) => t(urgencyWords[u]);
export const certaintyWord = (c: Certainty) => t(certaintyWords[c]);
