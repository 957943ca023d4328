// Pairing codes: short enough to read across a room and type, from letters and digits nobody confuses
// (no 0/O/D, 1/I/L, 2/Z, 5/S, 8/B, 6/G).
import { randomInt } from 'node:crypto';

export const PAIRING_ALPHABET = 'ACEFHJKMNPQRTUVWXY3479';
export const PAIRING_CODE_LENGTH = 6;

/** A new random code, e.g. "K7MW3A". */
export function newPairingCode(): string {
  return Array.from({ length: PAIRING_CODE_LENGTH }, () =>
    PAIRING_ALPHABET.charAt(randomInt(PAIRING_ALPHABET.length)),
  ).join('');
}

/**
 * The code as typed by a person, in canonical form: upper case, without spaces or hyphens. Undefined when
 * it cannot be a code at all (a letter outside the alphabet, the wrong length).
 */
export function normalizePairingCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]+/g, '').toUpperCase();
  const pattern = new RegExp(`^[${PAIRING_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`);
  return pattern.test(code) ? code : undefined;
}
