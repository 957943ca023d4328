import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILE = 'secret.key';

/**
 * The controller's own secret key, kept outside the database: SECRET_KEY when configured, else
 * DATA_DIR/secret.key (created on first start, readable only by the controller's user). Every process of
 * one deployment needs the same key; losing it makes the sealed TOTP secrets unreadable.
 */
export async function loadSecretKey(dataDir: string, configured: string | undefined): Promise<Buffer> {
  if (configured !== undefined) return Buffer.from(configured, 'utf8');
  const path = join(dataDir, FILE);
  try {
    const text = (await readFile(path, 'utf8')).trim();
    if (text.length >= 32) return Buffer.from(text, 'utf8');
    throw new Error(`${path} holds fewer than 32 characters: restore it from a backup or set SECRET_KEY`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  // 'wx': never overwrite a key another process wrote at the same moment; read that one instead.
  try {
    await writeFile(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return Buffer.from(key, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return Buffer.from((await readFile(path, 'utf8')).trim(), 'utf8');
  }
}
