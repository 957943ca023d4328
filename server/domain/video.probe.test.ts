import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { mp4, webm } from '../../test/support/video-files.ts';
import { probeVideo, VideoProbeError, type ByteSource } from './video.probe.ts';

function source(bytes: Buffer): ByteSource & { reads: number } {
  const s = {
    size: bytes.length,
    reads: 0,
    read(offset: number, length: number) {
      s.reads++;
      return Promise.resolve(bytes.subarray(offset, offset + length));
    },
  };
  return s;
}
const probe = (bytes: Buffer) => probeVideo(source(bytes));
const fixture = (name: string) => readFile(new URL(`../../test/fixtures/media/${name}`, import.meta.url));

describe('probeVideo', () => {
  it('reads duration, size and codec of real browser recordings (fragmented MP4/H.264, WebM/VP9)', async () => {
    expect(await probe(await fixture('recorded-h264.mp4'))).toEqual({
      container: 'mp4',
      durationSeconds: 1.162,
      width: 320,
      height: 180,
      codec: 'avc1',
    });
    const vp9 = await probe(await fixture('recorded-vp9.webm'));
    expect(vp9).toMatchObject({ container: 'webm', width: 320, height: 180, codec: 'V_VP9' });
    expect(vp9.durationSeconds).toBeCloseTo(1.122, 3);
  });

  it('reads version-0 and version-1 MP4 headers alike', async () => {
    const facts = { container: 'mp4', durationSeconds: 12.5, width: 1920, height: 1080, codec: 'avc1' };
    expect(await probe(mp4({ version: 0, timescale: 600, duration: 7500 }))).toEqual(facts);
    expect(await probe(mp4({ version: 1, timescale: 90000, duration: 1_125_000 }))).toEqual(facts);
  });

  it('finds moov after a large mdat (64-bit size) without reading the media data', async () => {
    const s = source(mp4({ moovLast: true, duration: 3000 }));
    expect(await probeVideo(s)).toMatchObject({ durationSeconds: 5, width: 1920, height: 1080 });
    expect(s.reads).toBeLessThan(10);
  });

  it('reports the displayed size of a portrait clip recorded with a rotation matrix', async () => {
    expect(await probe(mp4({ rotation: 90, width: 1920, height: 1080 }))).toMatchObject({
      width: 1080,
      height: 1920,
    });
  });

  it('names the codec so that the caller can refuse one the players cannot decode', async () => {
    expect((await probe(mp4({ codec: 'hvc1' }))).codec).toBe('hvc1');
    expect((await probe(webm({ codec: 'V_VP8', durationMs: 2000 }))).codec).toBe('V_VP8');
  });

  it('reads a WebM duration in the timestamp scale, and none from a live recording without one', async () => {
    expect(await probe(webm({ durationMs: 15_000, width: 1280, height: 720 }))).toEqual({
      container: 'webm',
      durationSeconds: 15,
      width: 1280,
      height: 720,
      codec: 'V_VP9',
    });
    expect((await probe(webm({ streamed: true }))).durationSeconds).toBeNull();
  });

  it('refuses what is not a playable video: no video track, cut short, Matroska, neither container', async () => {
    await expect(probe(mp4({ audioOnly: true }))).rejects.toThrow(/no video track/);
    await expect(probe(mp4({ moovLast: true, truncateAt: 150_000 }))).rejects.toThrow(VideoProbeError);
    await expect(probe(mp4().subarray(0, 60))).rejects.toThrow(VideoProbeError);
    await expect(probe(webm({ audioOnly: true }))).rejects.toThrow(/no video track/);
    await expect(probe(await fixture('recorded-h264.mkv'))).rejects.toThrow(/"matroska" is not WebM/);
    await expect(probe(Buffer.from('GIF89a and then some more bytes'))).rejects.toThrow(/not an MP4 or WebM/);
  });
});
