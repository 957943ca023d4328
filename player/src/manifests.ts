// Manifest updates: a new manifest is swapped in only once all of its media and fonts are loaded;
// until then the old one keeps playing. A failed download is retried with backoff, quietly.
import type { Manifest } from '../../schemas/types.ts';
import { Backoff } from './backoff.ts';

export interface ManifestLoaderDeps {
  /** Loads everything the manifest needs; rejects if anything is missing. */
  prepare(manifest: Manifest): Promise<void>;
  /** Swaps to a prepared manifest. */
  apply(manifest: Manifest): Promise<void>;
  /** Called when the server sends the version already playing (e.g. after a reconnect). */
  unchanged(manifest: Manifest): void;
}

/** Least wait before a retry; on top, full jitter from 5 s doubling up to 5 minutes. */
const minRetryMs = 1_000;

interface Job {
  manifest: Manifest;
  backoff: Backoff;
  /** Preparing now (rather than waiting for a retry). */
  running: boolean;
}

/** Takes the manifests the server pushes; the newest one offered wins. */
export class ManifestLoader {
  private readonly deps: ManifestLoaderDeps;
  private appliedVersion: string | null = null;
  private pending: Job | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: ManifestLoaderDeps) {
    this.deps = deps;
  }

  /** Version of the manifest being played, or null. */
  get applied(): string | null {
    return this.appliedVersion;
  }

  /** The manifest being loaded, if any (its media must not be evicted meanwhile). */
  get loading(): Manifest | null {
    return this.pending?.manifest ?? null;
  }

  /** Takes a manifest kept from before a reload as the one playing (it was prepared then). */
  resume(manifest: Manifest): void {
    this.appliedVersion ??= manifest.version;
  }

  /** Starts loading a manifest, superseding any one still loading. */
  offer(manifest: Manifest): void {
    if (manifest.version === this.pending?.manifest.version) {
      // Sent again, after a reconnect: the link is back, so a download waiting for its retry goes now.
      if (!this.pending.running) {
        clearTimeout(this.retryTimer);
        void this.attempt(this.pending);
      }
      return;
    }
    clearTimeout(this.retryTimer);
    if (manifest.version === this.appliedVersion) {
      this.pending = null;
      this.deps.unchanged(manifest);
      return;
    }
    this.pending = { manifest, backoff: new Backoff({ baseMs: 5_000, capMs: 5 * 60_000 }), running: false };
    void this.attempt(this.pending);
  }

  private async attempt(job: Job): Promise<void> {
    job.running = true;
    try {
      await this.deps.prepare(job.manifest);
    } catch (err) {
      job.running = false;
      if (job !== this.pending) return;
      // Full jitter, so that screens which failed together do not retry together.
      const delay = minRetryMs + job.backoff.next();
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
