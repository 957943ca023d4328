import { ApiError } from './api.ts';
import type { MessageKey } from './i18n.ts';

/**
 * The catalogue key that explains a refused upload in the operator's language. The server answers in
 * English with a stable code; the code (and, for SVG, the reason) picks the translated text.
 */
export function uploadErrorKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'uploadFailed';
  if (error.status === 0) return 'networkError';
  switch (error.body?.code) {
    case 'unsupported_media':
      if (/\bSVG\b/.test(error.body.message)) return 'uploadSvgRefused';
      if (/codec/.test(error.body.message)) return 'uploadCodecRefused';
      return 'uploadUnsupported';
    case 'too_large':
      return 'uploadTooLarge';
    case 'forbidden':
      return 'uploadForbidden';
    case undefined:
    default:
      return 'uploadFailed';
  }
}
