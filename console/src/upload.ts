import { ApiError, urlOf, type ApiClient, type Params, type Reply } from './api.ts';

/** What POST /api/v1/assets answers (201), as the contract documents it. */
export type Uploaded = Reply<'post', '/api/v1/assets'>;
type UploadQuery = Params<'post', '/api/v1/assets'>['query'];

/**
 * Uploads one file as raw bytes (the contract's `postAssets`). XMLHttpRequest, not fetch: only XHR reports
 * upload progress. `onProgress` gets the fraction sent, 0 to 1.
 */
export function uploadAsset(
  api: ApiClient,
  file: File,
  onProgress: (sent: number) => void,
): Promise<Uploaded> {
  const query: UploadQuery = { name: file.name };
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', urlOf('post', '/api/v1/assets', { query }));
    xhr.responseType = 'json';
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    const csrf = api.csrfToken;
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        onProgress(1);
        // XHR parses the JSON itself and types it `any`; the contract says what a 201 carries.
        resolve(xhr.response as Uploaded);
      } else {
        if (xhr.status === 401) api.onUnauthorized();
        reject(ApiError.from(xhr.status, xhr.response));
      }
    };
    xhr.onerror = () => {
      reject(new ApiError(0, undefined, 'network error'));
    };
    xhr.send(file);
  });
}
