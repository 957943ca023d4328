// Reading alert feeds and the CAP documents they link to, over HTTP, under the webhooks' address policy
// (WebhookHttpRepository.check: public addresses only, DNS answered once and pinned, so rebinding cannot
// redirect the connection), unless the feed's source allows private addresses. Bodies are size-capped while
// they arrive; redirects are followed a few times, each hop checked again.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pinned, TargetRefusedError, type Checked } from './webhook-http.repository.ts';

/** A GET that did not give a body: unreachable, refused by the address policy, an HTTP error, too slow. */
export class FeedFetchError extends Error {}

/** The address policy refused the host (a private address, without allowPrivate). */
export class FeedRefusedError extends FeedFetchError {}

/** The body is larger than the limit. */
export class FeedTooLargeError extends FeedFetchError {}

export interface FetchOptions {
  /** Skip the address policy (the feed source's allowPrivate). */
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  accept: string;
}

/** How a feed or an alert is fetched (tests may pass another). */
export type FeedGet = (url: string, options: FetchOptions) => Promise<Uint8Array>;

const MAX_REDIRECTS = 3;

export class FeedHttpRepository {
  private readonly policy: { check(url: string): Promise<Checked> };

  /** `policy` decides where a request may go: the webhooks' (WebhookHttpRepository). */
  constructor(policy: { check(url: string): Promise<Checked> }) {
    this.policy = policy;
  }

  /** The body of a GET, at most `maxBytes`; FeedFetchError (or a subclass) when there is none to give. */
  readonly get: FeedGet = async (url, options) => {
    const signal = AbortSignal.timeout(options.timeoutMs);
    let target = url;
    for (let hop = 0; ; hop++) {
      const res = await this.open(target, options, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.destroy();
        const next = new URL(location, target);
        if (hop >= MAX_REDIRECTS) throw new FeedFetchError(`${url}: more than ${MAX_REDIRECTS} redirects`);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          throw new FeedFetchError(
            `${target} redirects to ${next.protocol} (only http and https are followed)`,
          );
        target = next.href;
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new FeedFetchError(`${target} answered HTTP ${status}`);
      }
      return readCapped(res, target, options.maxBytes, signal);
    }
  };

  private async open(url: string, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
    const target = new URL(url);
    let checked: Checked;
    try {
      checked = options.allowPrivate ? undefined : await this.policy.check(url);
    } catch (err) {
      if (err instanceof TargetRefusedError)
        throw new FeedRefusedError(
          `${err.message.replace(/; webhooks reach only public addresses.*$/, '')}; a feed is read only from public addresses unless its source allows private addresses (allowPrivate)`,
        );
      throw new FeedFetchError(`${target.host}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        target,
        {
          method: 'GET',
          headers: { accept: options.accept, 'accept-encoding': 'identity', 'user-agent': 'Gatecast' },
          signal,
          // A connection of its own: never a pooled one opened to an address checked earlier.
          agent: false,
          ...(checked ? { lookup: pinned(checked) } : {}),
        },
        resolve,
      );
      req.on('error', (err) => {
        reject(new FeedFetchError(signal.aborted ? `${url}: no answer in time` : `${url}: ${err.message}`));
      });
      req.end();
    });
  }
}

/** The body, refused as soon as it passes `maxBytes` (announced or counted). */
function readCapped(
  res: IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const tooLarge = () => new FeedTooLargeError(`${url} is larger than ${Math.round(maxBytes / 1024)} KB`);
  if (Number(res.headers['content-length'] ?? 0) > maxBytes) {
    res.destroy();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const stop = (err: Error) => {
      res.destroy();
      reject(err);
    };
    const onAbort = () => {
      stop(new FeedFetchError(`${url}: no answer in time`));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(tooLarge());
      else parts.push(chunk);
    });
    res.on('error', (err) => {
      stop(new FeedFetchError(`${url}: ${err.message}`));
    });
    res.on('end', () => {
      signal.removeEventListener('abort', onAbort);
      resolve(new Uint8Array(Buffer.concat(parts)));
    });
  });
}
