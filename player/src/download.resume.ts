// What to do with the answer to a download that may be a resumption: the controller answers `Range` with
// `206` and the rest, `If-Range` with another validator (or no range support) with `200` and the whole
// file, and a range past the end with `416`. Bytes are appended only when the answer provably continues
// where the kept part stops; anything else starts again from byte 0, never glued on blindly.

/** A parsed `Content-Range: bytes <start>-<end>/<total|*>`. */
export interface ContentRange {
  start: number;
  end: number;
  /** null for `*` (length unknown). */
  total: number | null;
}

/** What has arrived of a file, and the validator of the response it came from. */
export interface Progress {
  bytes: number;
  validator: string | null;
}

/**
 * What to do with a response: `append` its body after the bytes kept, take it as the `whole` file (drop
 * what was kept), `refetch` (drop what was kept and ask again for the whole), or `fail` (keep it, retry later).
 */
export type ResumePlan =
  | { action: 'append' }
  | { action: 'whole' }
  | { action: 'refetch'; reason: string }
  | { action: 'fail'; reason: string };

/** Parses a Content-Range header of a 206; null if it is missing or not a satisfied byte range. */
export function parseContentRange(header: string | null): ContentRange | null {
  const match = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  const total = match[3] === '*' ? null : Number(match[3]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) return null;
  if (total !== null && (!Number.isSafeInteger(total) || end >= total)) return null;
  return { start, end, total };
}

/** The validator If-Range may carry: a strong ETag (a weak one is not allowed there), else Last-Modified. */
export function validatorOf(etag: string | null, lastModified: string | null): string | null {
  if (etag && !etag.startsWith('W/')) return etag;
  return lastModified ?? null;
}

/** Headers asking for the rest of a file: none from byte 0, else Range (and If-Range when we have a validator). */
export function resumeHeaders(progress: Progress): Record<string, string> {
  if (progress.bytes <= 0) return {};
  // Without a validator the URL still names the content (/media/<sha256>), and the whole file is checked.
  const range = { Range: `bytes=${progress.bytes}-` };
  return progress.validator ? { ...range, 'If-Range': progress.validator } : range;
}

/** Decides, from a response's status and Content-Range, how its body relates to the `have` bytes kept of a `size`-byte file. */
export function planResume(answer: {
  have: number;
  size: number;
  status: number;
  contentRange: string | null;
}): ResumePlan {
  const { have, size, status } = answer;
  if (status === 200) return { action: 'whole' };
  if (status === 206) {
    const range = parseContentRange(answer.contentRange);
    if (!range) return { action: 'refetch', reason: `206 without a usable Content-Range` };
    if (range.start !== have || range.end >= size || (range.total !== null && range.total !== size)) {
      return {
        action: 'refetch',
        reason: `206 with Content-Range ${answer.contentRange ?? ''} where bytes ${have}- of ${size} were asked`,
      };
    }
    return { action: 'append' };
  }
  // We asked past the end of the file: what we kept cannot be that file's beginning.
  if (status === 416 && have > 0) return { action: 'refetch', reason: `416 for bytes ${have}- of ${size}` };
  return { action: 'fail', reason: `HTTP ${status}` };
}
