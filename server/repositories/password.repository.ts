import { hash, verify, type Algorithm } from '@node-rs/argon2';

// @node-rs/argon2's Algorithm is an ambient const enum, which type stripping cannot inline: 2 is Argon2id.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the enum cannot be imported as a value
const ARGON2ID = 2 as Algorithm.Argon2id;

/** Password hashing with argon2id (OWASP's minimum: 19 MiB, 2 passes), on libuv's thread pool. */
export class PasswordHasher {
  private readonly options: { memoryCost: number; timeCost: number };

  /** Tests may pass cheaper costs; production uses the defaults. */
  constructor(options: { memoryCost?: number; timeCost?: number } = {}) {
    this.options = { memoryCost: options.memoryCost ?? 19_456, timeCost: options.timeCost ?? 2 };
  }

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID, ...this.options, parallelism: 1 });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}
