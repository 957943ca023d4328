// Which languages a screen shows, and which a message has: the same rule for the manifest the server
// builds, the checks the console makes before a message is sent for approval, and the console's preview.
import type { MessageVariant } from '../schemas/types.ts';

/** The languages a screen rotates: its own list, or its gate's when empty. */
export function screenLanguages(
  screen: { languages?: string[] | undefined },
  gate: { languages: string[] },
): string[] {
  return screen.languages && screen.languages.length > 0 ? screen.languages : gate.languages;
}

/** Whether a message variant has something to show: a title, a body or a ticker that is not blank. */
export function hasText(variant: MessageVariant | undefined): boolean {
  return Boolean(variant?.title?.trim() || variant?.body?.trim() || variant?.ticker?.trim());
}
