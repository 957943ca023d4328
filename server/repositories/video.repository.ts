import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { probeVideo, type VideoFacts } from '../domain/video.probe.ts';

/** Finds an ffmpeg executable: `configured` (a path, or "none"), else `ffmpeg` on PATH; undefined if none. */
export function findFfmpeg(
  configured: string | undefined,
  path = process.env.PATH ?? '',
): string | undefined {
  if (configured === 'none') return undefined;
  const candidates = configured
    ? [configured]
    : path
        .split(delimiter)
        .filter((dir) => isAbsolute(dir))
        .map((dir) => join(dir, 'ffmpeg'));
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Video files: container facts (pure JS, always) and poster frames (only with a local ffmpeg). */
export class VideoRepository {
  /** The ffmpeg used for posters, or undefined when there is none. */
  readonly ffmpeg: string | undefined;

  constructor(ffmpeg: string | undefined) {
    this.ffmpeg = ffmpeg;
  }

  /** Duration, size and codec from the container headers; throws VideoProbeError. */
  async probe(file: string): Promise<VideoFacts> {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      return await probeVideo({
        size,
        read: async (offset, length) => {
          const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
          const { bytesRead } = await handle.read(buf, 0, buf.length, offset);
          return buf.subarray(0, bytesRead);
        },
      });
    } finally {
      await handle.close();
    }
  }

  /** One frame at `atSeconds` as PNG bytes, or undefined without ffmpeg; rejects if ffmpeg fails. */
  async frame(file: string, atSeconds: number): Promise<Buffer | undefined> {
    const ffmpeg = this.ffmpeg;
    if (!ffmpeg) return undefined;
    const args = ['-v', 'error', '-ss', atSeconds.toFixed(3), '-i', file, '-frames:v', '1'];
    return new Promise((resolve, reject) => {
      execFile(
        ffmpeg,
        [...args, '-f', 'image2pipe', '-c:v', 'png', 'pipe:1'],
        { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: 30_000 },
        (error, stdout) => {
          if (error) reject(new Error(`ffmpeg could not read a frame: ${error.message}`));
          else if (stdout.length === 0) reject(new Error('ffmpeg wrote no frame'));
          else resolve(stdout);
        },
      );
    });
  }
}
