import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { uploadErrorKey } from './upload-error.ts';

const refused = (code: string, message: string, status = 415) =>
  new ApiError(status, { code, message }, message);

describe('uploadErrorKey', () => {
  it('tells an SVG refusal from other unsupported media and from a video codec', () => {
    expect(uploadErrorKey(refused('unsupported_media', 'SVG images are refused: an SVG is a document'))).toBe(
      'uploadSvgRefused',
    );
    expect(uploadErrorKey(refused('unsupported_media', 'the upload is text markup (HTML or XML)'))).toBe(
      'uploadUnsupported',
    );
    expect(
      uploadErrorKey(refused('unsupported_media', 'the video codec "hevc" is not one the players decode')),
    ).toBe('uploadCodecRefused');
  });

  it('names a too-large upload and a lost connection, and falls back for anything else', () => {
    expect(uploadErrorKey(refused('too_large', 'request body is too large', 413))).toBe('uploadTooLarge');
    expect(uploadErrorKey(new ApiError(0, undefined, 'network error'))).toBe('networkError');
    expect(uploadErrorKey(refused('internal', 'internal error', 500))).toBe('uploadFailed');
    expect(uploadErrorKey(new Error('boom'))).toBe('uploadFailed');
  });
});
