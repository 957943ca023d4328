// Secrets kept in the database are sealed with a key that is not in the database, so that a dump alone
// does not reveal them: TOTP secrets are encrypted (AES-256-GCM), pairing codes are keyed hashes (HMAC).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** A 256-bit key for one purpose, derived from the controller's secret key (HKDF-SHA256). */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `gatecast ${purpose}`, 32));
}

/**
 * Encrypts `plaintext` (AES-256-GCM, fresh 96-bit nonce). `context` (e.g. the owner's id) is bound to the
 * ciphertext, so a sealed value copied to another row does not open there.
 */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

/** Whether a stored value is sealed (as opposed to a legacy plaintext value). */
export function isSealed(value: string): boolean {
  return value.startsWith(`${VERSION}.`);
}

/** Opens a sealed value; throws when the key, the context or the bytes are not the ones it was sealed with. */
export function unseal(key: Buffer, sealed: string, context: string): string {
  const [version, iv, body] = sealed.split('.');
  if (version !== VERSION || !iv || !body) throw new Error('not a sealed value');
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length < 16) throw new Error('sealed value too short');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString(
    'utf8',
  );
}

/** A keyed hash (HMAC-SHA256, hex): short secrets such as pairing codes cannot be guessed back from it. */
export function keyedHash(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
