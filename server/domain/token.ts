import { createHash, randomBytes } from 'node:crypto';

/** A new high-entropy secret (256 bits, base64url). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** How a secret is stored: its sha256. Secrets are random, so a fast hash is enough (no dictionary to attack). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
