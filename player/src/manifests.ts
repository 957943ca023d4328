// Manifest updates: a new manifest is swapped in only once all of its media and fonts are loaded;
// until then the old one keeps playing. A failed download is retried with backoff, quietly.
import type { Manifest } from '../../schemas/types.ts';

export interface ManifestLoaderDeps {
  /** Loads everything the manifest needs; rejects if anything is missing. */
  prepare(manifest: Manifest): Promise<void>;
  /** Swaps to a prepared manifest. */
  apply(manifest: Manifest): Promise<void>;
  /** Called when the server sends the version already playing (e.g. after a reconnect). */
  unchanged(manifest: Manifest): void;
}

const firstRetryMs = 5_000;
const maxRetryMs = 5 * 60_000;

/** Takes the manifests the server pushes; the newest one offered wins. */
export class ManifestLoader {
  private readonly deps: ManifestLoaderDeps;
  private appliedVersion: string | null = null;
  private pending: { manifest: Manifest; attempt: number } | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: ManifestLoaderDeps) {
    this.deps = deps;
  }

  /** Version of the manifest being played, or null. */
  get applied(): string | null {
    return this.appliedVersion;
  }

  /** Starts loading a manifest, superseding any one still loading. */
  offer(manifest: Manifest): void {
    if (manifest.version === this.pending?.manifest.version) return;
    clearTimeout(this.retryTimer);
    if (manifest.version === this.appliedVersion) {
      this.pending = null;
      this.deps.unchanged(manifest);
      return;
    }
    this.pending = { manifest, attempt: 0 };
    void this.attempt(this.pending);
  }

  private async attempt(job: { manifest: Manifest; attempt: number }): Promise<void> {
    try {
      await this.deps.prepare(job.manifest);
    } catch (err) {
      if (job !== this.pending) return;
      // Full jitter, so that screens which failed together do not retry together.
      const delay = 1_000 + Math.random() * Math.min(maxRetryMs, firstRetryMs * 2 ** job.attempt);
      job.attempt += 1;
      console.warn(
        `manifest ${job.manifest.version}: not ready, retry in ${Math.round(delay / 1000)} s`,
        err,
      );
      this.retryTimer = setTimeout(() => void this.attempt(job), delay);
      return;
    }
    if (job !== this.pending) return; // a newer manifest arrived meanwhile
    this.pending = null;
    this.appliedVersion = job.manifest.version;
    try {
      await this.deps.apply(job.manifest);
    } catch (err) {
      console.error(`manifest ${job.manifest.version}: could not apply`, err);
    }
  }
}
