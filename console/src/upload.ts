import { ApiError, type ApiClient, type Asset } from './api.ts';

/**
 * Uploads one file as raw bytes (POST /api/v1/assets?name=…). XMLHttpRequest, not fetch: only XHR reports
 * upload progress. `onProgress` gets the fraction sent, 0 to 1.
 */
export function uploadAsset(api: ApiClient, file: File, onProgress: (sent: number) => void): Promise<Asset> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/assets?name=${encodeURIComponent(file.name)}`);
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
        resolve(xhr.response as Asset);
      } else {
        reject(ApiError.from(xhr.status, xhr.response));
      }
    };
    xhr.onerror = () => {
      reject(new ApiError(0, undefined, 'network error'));
    };
    xhr.send(file);
  });
}
