// The placeholders an alert template may hold, each filled from the alert when it arrives: one list for the
// controller (which fills them and refuses any other) and the console (which lists them under the editor).

/** The placeholders a template may hold, in the order the console lists them. */
export const ALERT_PLACEHOLDERS = [
  'event',
  'headline',
  'severity',
  'urgency',
  'onset',
  'expires',
  'instruction',
  'area',
  'sender',
] as const;

export type AlertPlaceholder = (typeof ALERT_PLACEHOLDERS)[number];
