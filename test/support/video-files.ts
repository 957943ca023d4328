// Hand-built MP4 and WebM headers, for the container cases a short browser recording does not cover
// (version-0 boxes, moov after mdat, 64-bit box sizes, rotation matrices, other codecs, no duration).

const u8 = (n: number) => Buffer.from([n & 0xff]);
const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const i32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
};

/** An ISO BMFF box; `large` writes the 64-bit size form. */
export function box(type: string, body: Buffer[], large = false): Buffer {
  const payload = Buffer.concat(body);
  if (large) return Buffer.concat([u32(1), Buffer.from(type, 'latin1'), u64(16 + payload.length), payload]);
  return Buffer.concat([u32(8 + payload.length), Buffer.from(type, 'latin1'), payload]);
}

export interface Mp4Options {
  version?: 0 | 1;
  timescale?: number;
  duration?: number;
  width?: number;
  height?: number;
  codec?: string;
  /** Degrees: 90 writes the quarter-turn matrix phones use for portrait clips. */
  rotation?: 0 | 90;
  /** Put moov after a large mdat (files not "fast-started"). */
  moovLast?: boolean;
  /** Leave out the video track (an audio-only file). */
  audioOnly?: boolean;
  /** Cut the file after this many bytes. */
  truncateAt?: number;
}

export function mp4(o: Mp4Options = {}): Buffer {
  const v = o.version ?? 0;
  const timescale = o.timescale ?? 600;
  const duration = o.duration ?? 6000;
  const times = (extra: Buffer[]) => (v === 1 ? [u64(0), u64(0), ...extra] : [u32(0), u32(0), ...extra]);
  const mvhd = box('mvhd', [
    u8(v),
    Buffer.alloc(3),
    ...times([u32(timescale), v === 1 ? u64(duration) : u32(duration)]),
    Buffer.alloc(80),
  ]);
  const matrix =
    o.rotation === 90
      ? [i32(0), i32(0x10000), i32(0), i32(-0x10000), i32(0), i32(0), i32(0), i32(0), i32(0x40000000)]
      : [i32(0x10000), i32(0), i32(0), i32(0), i32(0x10000), i32(0), i32(0), i32(0), i32(0x40000000)];
  const tkhd = box('tkhd', [
    u8(v),
    u8(0),
    u16(3),
    ...(v === 1
      ? [u64(0), u64(0), u32(1), u32(0), u64(duration)]
      : [u32(0), u32(0), u32(1), u32(0), u32(duration)]),
    Buffer.alloc(8),
    Buffer.alloc(8),
    ...matrix,
    u32((o.width ?? 1920) * 0x10000),
    u32((o.height ?? 1080) * 0x10000),
  ]);
  const handler = o.audioOnly ? 'soun' : 'vide';
  const hdlr = box('hdlr', [u32(0), u32(0), Buffer.from(handler), Buffer.alloc(12), Buffer.from('x\0')]);
  const sampleEntry = box(o.codec ?? 'avc1', [
    Buffer.alloc(6),
    u16(1),
    Buffer.alloc(16),
    u16(o.width ?? 1920),
    u16(o.height ?? 1080),
    Buffer.alloc(50),
  ]);
  const stsd = box('stsd', [u32(0), u32(1), sampleEntry]);
  const trak = box('trak', [tkhd, box('mdia', [hdlr, box('minf', [box('stbl', [stsd])])])]);
  const moov = box('moov', [mvhd, trak]);
  const ftyp = box('ftyp', [Buffer.from('isom'), u32(512), Buffer.from('isomavc1')]);
  const mdat = box('mdat', [Buffer.alloc(o.moovLast ? 200_000 : 64)], o.moovLast);
  const file = Buffer.concat(o.moovLast ? [ftyp, mdat, moov] : [ftyp, moov, mdat]);
  return o.truncateAt === undefined ? file : file.subarray(0, o.truncateAt);
}

// ---- EBML ----

function vintSize(n: number): Buffer {
  for (let len = 1; len <= 8; len++) {
    if (n < 2 ** (7 * len) - 1) {
      const b = Buffer.alloc(len);
      let x = n;
      for (let i = len - 1; i >= 0; i--) {
        b[i] = x & 0xff;
        x = Math.floor(x / 256);
      }
      b[0]! |= 0x80 >> (len - 1);
      return b;
    }
  }
  throw new Error('too large');
}

const idBytes = (id: number) =>
  Buffer.from(id.toString(16).padStart(id > 0xffffff ? 8 : id > 0xffff ? 6 : id > 0xff ? 4 : 2, '0'), 'hex');

/** An EBML element; `unknownSize` writes the all-ones size of a live stream. */
export function el(id: number, body: Buffer | Buffer[], unknownSize = false): Buffer {
  const payload = Buffer.isBuffer(body) ? body : Buffer.concat(body);
  const size = unknownSize
    ? Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
    : vintSize(payload.length);
  return Buffer.concat([idBytes(id), size, payload]);
}

const uintEl = (id: number, n: number) => el(id, u32(n));
const floatEl = (id: number, x: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return el(id, b);
};

export interface WebmOptions {
  docType?: string;
  /** Duration in milliseconds (the default 1 ms timestamp scale); undefined leaves it out. */
  durationMs?: number;
  width?: number;
  height?: number;
  codec?: string;
  /** Segment of unknown size, as MediaRecorder writes while recording. */
  streamed?: boolean;
  audioOnly?: boolean;
}

export function webm(o: WebmOptions = {}): Buffer {
  const header = el(0x1a45dfa3, [el(0x4286, u8(1)), el(0x4282, Buffer.from(o.docType ?? 'webm'))]);
  const info = el(0x1549a966, [
    uintEl(0x2ad7b1, 1_000_000),
    ...(o.durationMs === undefined ? [] : [floatEl(0x4489, o.durationMs)]),
  ]);
  const video = el(0xe0, [uintEl(0xb0, o.width ?? 1280), uintEl(0xba, o.height ?? 720)]);
  const track = el(0xae, [
    uintEl(0xd7, 1),
    el(0x83, u8(o.audioOnly ? 2 : 1)),
    el(0x86, Buffer.from(o.codec ?? 'V_VP9')),
    ...(o.audioOnly ? [] : [video]),
  ]);
  const tracks = el(0x1654ae6b, [track]);
  const cluster = el(0x1f43b675, [uintEl(0xe7, 0), el(0xa3, Buffer.alloc(100))]);
  const segment = el(0x18538067, [info, tracks, cluster], o.streamed);
  return Buffer.concat([header, segment]);
}
