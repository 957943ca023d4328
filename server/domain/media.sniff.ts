import type { AssetFile } from '../../schemas/types.ts';

export type SniffedMedia = Pick<AssetFile, 'type' | 'mime'>;

/** Recognises a supported media type from its first bytes (never from a file name or a client's claim). */
export function sniffMedia(head: Uint8Array): SniffedMedia | undefined {
  const b = (i: number) => head[i] ?? -1;
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return { type: 'image', mime: 'image/jpeg' };
  if (b(0) === 0x89 && ascii(1, 4) === 'PNG') return { type: 'image', mime: 'image/png' };
  if (ascii(0, 4) === 'GIF8') return { type: 'image', mime: 'image/gif' };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return { type: 'image', mime: 'image/webp' };
  if (ascii(4, 8) === 'ftyp') return { type: 'video', mime: 'video/mp4' };
  if (b(0) === 0x1a && b(1) === 0x45 && b(2) === 0xdf && b(3) === 0xa3)
    return { type: 'video', mime: 'video/webm' };
  return undefined;
}

/**
 * Why text markup was refused, in words an operator can act on; undefined when the bytes are not markup.
 * SVG gets its own reason: it is a document that can carry scripts, so it never reaches a player.
 */
export function markupRefusal(head: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8')
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!text.startsWith('<')) return undefined;
  if (/<svg[\s/>]/i.test(text) || /<!DOCTYPE\s+svg/i.test(text)) {
    return (
      'SVG images are refused: an SVG is a document that can carry scripts and links, and no uploaded code ' +
      'may reach a player. Export it as PNG or WebP and upload that'
    );
  }
  return 'the upload is text markup (HTML or XML), not a supported image (JPEG, PNG, WebP, GIF) or video';
}
