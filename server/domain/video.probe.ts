// Video facts from container headers, without decoding a frame: ISO BMFF (MP4: ftyp/moov/mvhd/trak/tkhd/
// hdlr/stsd, wherever moov sits) and WebM (EBML header, Segment Info and Tracks). Reads through an injected
// ByteSource, so it never holds more than the headers in memory and is tested on bytes.

/** Random access to the bytes of a file. */
export interface ByteSource {
  size: number;
  /** Up to `length` bytes from `offset` (fewer at the end). */
  read(offset: number, length: number): Promise<Buffer>;
}

export interface VideoFacts {
  container: 'mp4' | 'webm';
  /** Seconds; null when the container does not say (live-recorded WebM, some fragmented MP4). */
  durationSeconds: number | null;
  /** Display size (after an MP4 track's rotation matrix). */
  width: number;
  height: number;
  /** Codec of the first video track: an MP4 sample-entry type (avc1, av01, …) or a Matroska CodecID (V_VP9). */
  codec: string;
}

/** Why a file was not accepted as a video. */
export class VideoProbeError extends Error {}

/** Codecs Chromium plays without proprietary add-ons beyond H.264. */
export const PLAYABLE_CODECS: Readonly<Record<VideoFacts['container'], readonly string[]>> = {
  mp4: ['avc1', 'avc3', 'av01', 'vp09'],
  webm: ['V_VP8', 'V_VP9', 'V_AV1'],
};

// Headers larger than this are not plausible for signage clips (moov of a long file is a few MB).
const MAX_HEADER_BYTES = 64 * 1024 * 1024;

/** Reads the facts of an MP4 or WebM file; throws VideoProbeError when it is neither or has no video track. */
export async function probeVideo(source: ByteSource): Promise<VideoFacts> {
  const head = await source.read(0, 12);
  if (head.subarray(4, 8).toString('latin1') === 'ftyp') return probeMp4(source);
  if (head.readUInt32BE(0) === 0x1a45dfa3) return probeWebm(source);
  throw new VideoProbeError('not an MP4 or WebM file');
}

// ---- ISO BMFF (MP4) -------------------------------------------------------------------------------

interface Box {
  type: string;
  /** Offset of the payload, and its length. */
  start: number;
  length: number;
}

function* boxes(buf: Buffer, from = 0, to = buf.length): Generator<Box> {
  let at = from;
  while (at + 8 <= to) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) return;
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) throw new VideoProbeError(`MP4 box "${type}" is cut short`);
    yield { type, start: at + header, length: size - header };
    at += size;
  }
}

const child = (buf: Buffer, parent: Box, type: string): Box | undefined => {
  for (const b of boxes(buf, parent.start, parent.start + parent.length)) if (b.type === type) return b;
  return undefined;
};

async function findMoov(source: ByteSource): Promise<Buffer> {
  let at = 0;
  while (at + 8 <= source.size) {
    const h = await source.read(at, 16);
    if (h.length < 8) break;
    let size = h.readUInt32BE(0);
    const type = h.toString('latin1', 4, 8);
    let header = 8;
    if (size === 1) {
      size = Number(h.readBigUInt64BE(8));
      header = 16;
    } else if (size === 0) {
      size = source.size - at;
    }
    if (size < header) throw new VideoProbeError(`MP4 box "${type}" has an invalid size`);
    if (type === 'moov') {
      if (size > MAX_HEADER_BYTES) throw new VideoProbeError('MP4 moov box is implausibly large');
      const body = await source.read(at + header, size - header);
      if (body.length < size - header) throw new VideoProbeError('MP4 moov box is cut short');
      return body;
    }
    at += size;
  }
  throw new VideoProbeError('MP4 file has no moov box (is the upload complete?)');
}

function fullBoxVersion(buf: Buffer, box: Box): number {
  return buf.readUInt8(box.start);
}

async function probeMp4(source: ByteSource): Promise<VideoFacts> {
  const moov = await findMoov(source);
  const root: Box = { type: 'moov', start: 0, length: moov.length };
  const mvhd = child(moov, root, 'mvhd');
  if (!mvhd) throw new VideoProbeError('MP4 file has no movie header (mvhd)');
  const v1 = fullBoxVersion(moov, mvhd) === 1;
  const timescale = moov.readUInt32BE(mvhd.start + (v1 ? 20 : 12));
  let duration = v1 ? Number(moov.readBigUInt64BE(mvhd.start + 24)) : moov.readUInt32BE(mvhd.start + 16);
  if (!v1 && duration === 0xffffffff) duration = 0;
  const mvex = child(moov, root, 'mvex');
  const mehd = mvex && child(moov, mvex, 'mehd');
  if (duration === 0 && mehd) {
    duration =
      fullBoxVersion(moov, mehd) === 1
        ? Number(moov.readBigUInt64BE(mehd.start + 4))
        : moov.readUInt32BE(mehd.start + 4);
  }
  for (const trak of boxes(moov, root.start, root.length)) {
    if (trak.type !== 'trak') continue;
    const mdia = child(moov, trak, 'mdia');
    const hdlr = mdia && child(moov, mdia, 'hdlr');
    if (!mdia || !hdlr || moov.toString('latin1', hdlr.start + 8, hdlr.start + 12) !== 'vide') continue;
    const tkhd = child(moov, trak, 'tkhd');
    if (!tkhd) throw new VideoProbeError('MP4 video track has no track header (tkhd)');
    // tkhd: after version/flags, times and ids (v0 20 bytes, v1 32), 8 reserved, 8 layer…volume, the
    // 3×3 matrix (36 bytes), then width and height in 16.16 fixed point.
    const matrix = tkhd.start + 4 + (fullBoxVersion(moov, tkhd) === 1 ? 32 : 20) + 8 + 8;
    const a = moov.readInt32BE(matrix);
    const d = moov.readInt32BE(matrix + 16);
    let width = moov.readUInt32BE(matrix + 36) >>> 16;
    let height = moov.readUInt32BE(matrix + 40) >>> 16;
    const minf = child(moov, mdia, 'minf');
    const stbl = minf && child(moov, minf, 'stbl');
    const stsd = stbl && child(moov, stbl, 'stsd');
    // stsd: version/flags, entry count, then the first sample entry: size, type (the codec), 6 reserved,
    // data reference index, 16 bytes pre-defined, width and height (16 bit): the coded size.
    const entry = stsd ? stsd.start + 8 : undefined;
    const codec = entry === undefined ? '' : moov.toString('latin1', entry + 4, entry + 8);
    if ((width === 0 || height === 0) && entry !== undefined) {
      width = moov.readUInt16BE(entry + 32);
      height = moov.readUInt16BE(entry + 34);
    }
    if (!width || !height) throw new VideoProbeError('MP4 video track has no dimensions');
    // A quarter-turn matrix (a = d = 0: phones' portrait clips) shows the frame rotated.
    if (a === 0 && d === 0) [width, height] = [height, width];
    return {
      container: 'mp4',
      durationSeconds: timescale > 0 && duration > 0 ? duration / timescale : null,
      width,
      height,
      codec,
    };
  }
  throw new VideoProbeError('MP4 file has no video track');
}

// ---- EBML (WebM) ------------------------------------------------------------------------------------

const ID = {
  EBML: 0x1a45dfa3,
  DocType: 0x4282,
  Segment: 0x18538067,
  Info: 0x1549a966,
  TimestampScale: 0x2ad7b1,
  Duration: 0x4489,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackType: 0x83,
  CodecID: 0x86,
  Video: 0xe0,
  PixelWidth: 0xb0,
  PixelHeight: 0xba,
  DisplayWidth: 0x54b0,
  DisplayHeight: 0x54ba,
  Cluster: 0x1f43b675,
} as const;

interface Element {
  id: number;
  /** Offset of the payload; its length, or null when unknown (streamed). */
  start: number;
  length: number | null;
}

/** A variable-length integer at `at`: its value (marker bit kept for ids) and byte length. */
function vint(buf: Buffer, at: number, keepMarker: boolean): { value: number; bytes: number } | undefined {
  const first = buf[at];
  if (first === undefined || first === 0) return undefined;
  const bytes = Math.clz32(first) - 23;
  if (bytes > 8 || at + bytes > buf.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> bytes);
  let allOnes = value === 0xff >> bytes;
  for (let i = 1; i < bytes; i++) {
    const b = buf[at + i] ?? 0;
    value = value * 256 + b;
    allOnes &&= b === 0xff;
  }
  return { value: !keepMarker && allOnes ? -1 : value, bytes };
}

function elementAt(buf: Buffer, at: number, base = 0): Element | undefined {
  const id = vint(buf, at, true);
  const size = id && vint(buf, at + id.bytes, false);
  if (!id || !size) return undefined;
  return {
    id: id.value,
    start: base + at + id.bytes + size.bytes,
    length: size.value < 0 ? null : size.value,
  };
}

function* children(buf: Buffer, from = 0, to = buf.length): Generator<Element> {
  let at = from;
  while (at < to) {
    const el = elementAt(buf, at);
    if (!el || el.length === null || el.start + el.length > to) return;
    yield el;
    at = el.start + el.length;
  }
}

const uint = (buf: Buffer, el: Element) => {
  let v = 0;
  for (let i = 0; i < (el.length ?? 0); i++) v = v * 256 + (buf[el.start + i] ?? 0);
  return v;
};
const float = (buf: Buffer, el: Element) =>
  el.length === 4 ? buf.readFloatBE(el.start) : el.length === 8 ? buf.readDoubleBE(el.start) : 0;
const text = (buf: Buffer, el: Element) =>
  buf.toString('latin1', el.start, el.start + (el.length ?? 0)).replace(/\0+$/, '');

async function readElement(source: ByteSource, at: number): Promise<Element | undefined> {
  return elementAt(await source.read(at, 12), 0, at);
}

async function probeWebm(source: ByteSource): Promise<VideoFacts> {
  const ebml = await readElement(source, 0);
  if (!ebml || ebml.id !== ID.EBML || ebml.length === null) throw new VideoProbeError('not an EBML file');
  const header = await source.read(ebml.start, ebml.length);
  const docType = [...children(header)].find((e) => e.id === ID.DocType);
  const kind = docType ? text(header, docType) : 'matroska';
  if (kind !== 'webm') throw new VideoProbeError(`EBML document type "${kind}" is not WebM`);
  const segment = await readElement(source, ebml.start + ebml.length);
  if (!segment || segment.id !== ID.Segment) throw new VideoProbeError('WebM file has no Segment');
  const end = segment.length === null ? source.size : Math.min(source.size, segment.start + segment.length);

  let scale = 1_000_000;
  let duration: number | null = null;
  let video: Omit<VideoFacts, 'container' | 'durationSeconds'> | undefined;
  let seenInfo = false;
  let at = segment.start;
  // Info and Tracks precede the first Cluster in every muxer that Chromium plays from a URL.
  while (at < end && !(seenInfo && video)) {
    const el = await readElement(source, at);
    if (!el || el.id === ID.Cluster || el.length === null) break;
    if (el.id === ID.Info || el.id === ID.Tracks) {
      if (el.length > MAX_HEADER_BYTES) throw new VideoProbeError('WebM header is implausibly large');
      const body = await source.read(el.start, el.length);
      if (el.id === ID.Info) {
        seenInfo = true;
        for (const e of children(body)) {
          if (e.id === ID.TimestampScale) scale = uint(body, e) || scale;
          if (e.id === ID.Duration) duration = float(body, e);
        }
      } else {
        video ??= firstVideoTrack(body);
      }
    }
    at = el.start + el.length;
  }
  if (!video) throw new VideoProbeError('WebM file has no video track');
  return {
    container: 'webm',
    durationSeconds: duration && duration > 0 ? (duration * scale) / 1e9 : null,
    ...video,
  };
}

function firstVideoTrack(tracks: Buffer): Omit<VideoFacts, 'container' | 'durationSeconds'> | undefined {
  for (const entry of children(tracks)) {
    if (entry.id !== ID.TrackEntry) continue;
    let type = 0;
    let codec = '';
    let size: { width: number; height: number } | undefined;
    for (const e of children(tracks, entry.start, entry.start + (entry.length ?? 0))) {
      if (e.id === ID.TrackType) type = uint(tracks, e);
      if (e.id === ID.CodecID) codec = text(tracks, e);
      if (e.id === ID.Video) {
        const v = new Map([...children(tracks, e.start, e.start + (e.length ?? 0))].map((x) => [x.id, x]));
        const get = (id: number) => {
          const x = v.get(id);
          return x ? uint(tracks, x) : 0;
        };
        // The coded size; DisplayWidth/Height may be an aspect ratio (DisplayUnit), so it is only a fallback.
        const width = get(ID.PixelWidth) || get(ID.DisplayWidth);
        const height = get(ID.PixelHeight) || get(ID.DisplayHeight);
        if (width && height) size = { width, height };
      }
    }
    if (type === 1) {
      if (!size) throw new VideoProbeError('WebM video track has no dimensions');
      return { codec, ...size };
    }
  }
  return undefined;
}
