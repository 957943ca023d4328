// One media file, downloaded with the device token and resumed where an earlier attempt stopped: the body
// is read as a stream and written to the partial store every few MB (and when the link drops), so that
// a 300 MB video over a border link that fails every few minutes still arrives, and never sits in memory
// twice. The whole file is checked against its sha256 before anyone uses it.
import type { ManifestAsset } from '../../schemas/types.ts';
import type { PartialStore } from './download.partials.ts';
import { planResume, resumeHeaders, validatorOf, type Progress } from './download.resume.ts';

/** A download is abandoned (and retried by the manifest loader) below this average rate… */
const slowestBytesPerSecond = 8_000;
/** …but never before this long. */
const minDownloadMs = 60_000;
/** Bytes held in memory before they go to the partial store: what a crash or reload may cost again. */
const flushBytes = 4 * 1024 * 1024;

/** The whole file of a manifest asset, as a blob whose bytes match its sha256; the partial is left for the caller to discard. */
export async function downloadAsset(
  asset: ManifestAsset,
  token: string,
  partials: PartialStore,
): Promise<Blob> {
  let progress = await partials.progress(asset.sha256);
  if (progress.bytes < asset.size) await fetchRest(asset, token, partials, progress);
  progress = await partials.progress(asset.sha256);
  if (progress.bytes < asset.size) {
    throw new Error(`GET ${asset.url}: ${progress.bytes} of ${asset.size} bytes, the rest at the next try`);
  }
  const blob = new Blob(await partials.parts(asset.sha256), { type: asset.mime });
  const sha256 = await digest(blob);
  if (blob.size !== asset.size || (sha256 !== null && sha256 !== asset.sha256)) {
    await partials.discard(asset.sha256);
    throw new Error(`GET ${asset.url}: sha256 mismatch`);
  }
  return blob;
}

/** Asks for the bytes not kept yet and keeps what arrives; at most one start-over per call. */
async function fetchRest(
  asset: ManifestAsset,
  token: string,
  partials: PartialStore,
  kept: Progress,
): Promise<void> {
  const abort = new AbortController();
  // The rate rule applies to what is asked for: a resumption of the last MB gets the minimum, not hours.
  const timer = setTimeout(
    () => {
      abort.abort();
    },
    Math.max(minDownloadMs, ((asset.size - kept.bytes) / slowestBytesPerSecond) * 1000),
  );
  try {
    for (let progress = kept, again = true; ; again = false) {
      const res = await fetch(asset.url, {
        // The Cache API keeps the file; the HTTP cache would keep a second copy of it.
        cache: 'no-store',
        headers: { Authorization: `Bearer ${token}`, ...resumeHeaders(progress) },
        signal: abort.signal,
      });
      const plan = planResume({
        have: progress.bytes,
        size: asset.size,
        status: res.status,
        contentRange: res.headers.get('content-range'),
      });
      const validator = validatorOf(res.headers.get('etag'), res.headers.get('last-modified'));
      switch (plan.action) {
        case 'fail':
          await res.body?.cancel();
          throw new Error(`GET ${asset.url}: ${plan.reason}`);
        case 'refetch':
          await res.body?.cancel();
          await partials.discard(asset.sha256);
          console.warn(`GET ${asset.url}: ${plan.reason}; starting again`);
          if (!again) throw new Error(`GET ${asset.url}: ${plan.reason}`);
          progress = { bytes: 0, validator: null };
          continue;
        case 'whole':
          if (progress.bytes > 0) await partials.discard(asset.sha256);
          await receive(res, asset, partials, 0, validator);
          return;
        case 'append':
          await receive(res, asset, partials, progress.bytes, validator ?? progress.validator);
          return;
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Streams a body into the partial store from `offset`, keeping what arrived even if the stream breaks. */
async function receive(
  res: Response,
  asset: ManifestAsset,
  partials: PartialStore,
  offset: number,
  validator: string | null,
): Promise<void> {
  if (!res.body) throw new Error(`GET ${asset.url}: no body`);
  const reader = res.body.getReader();
  let at = offset;
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const blob = new Blob(pending);
    pending = [];
    pendingBytes = 0;
    await partials.append(asset.sha256, at, blob, validator);
    at += blob.size;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + pendingBytes + value.byteLength > asset.size) {
        pending = [];
        pendingBytes = 0;
        await reader.cancel();
        await partials.discard(asset.sha256);
        throw new Error(`GET ${asset.url}: longer than the ${asset.size} bytes the manifest says`);
      }
      pending.push(value);
      pendingBytes += value.byteLength;
      if (pendingBytes >= flushBytes) await flush();
    }
  } catch (err) {
    // The link dropped or the timeout fired: what did arrive is kept for the next try.
    await flush().catch((flushErr: unknown) => {
      console.warn(`could not keep the part of ${asset.url} that arrived`, flushErr);
    });
    throw err;
  }
  await flush();
}

/** Hex sha256 of the blob; null where SubtleCrypto is missing (plain-HTTP origins other than localhost). */
async function digest(blob: Blob): Promise<string | null> {
  if (!globalThis.isSecureContext || typeof crypto.subtle === 'undefined') return null;
  // SubtleCrypto has no streaming digest: the file is read into memory once, here, as before resumption.
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}
