// Sending webhooks over HTTP, only to public addresses unless the host is listed in WEBHOOK_ALLOWED_HOSTS.
// The name is resolved once, every address it resolves to is checked, and the connection goes to the address
// checked (a pinned lookup), so DNS that answers differently a moment later (rebinding) cannot redirect it.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { internalAddress } from '../domain/network.address.ts';
import { literalAddress, targetAllowed, targetOf } from '../domain/webhook.target.ts';

/** How a webhook request is sent. */
export type HttpPost = (
  url: string,
  init: { headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ status: number }>;

/** Resolves a host name to all its addresses (dns.lookup, as a connection would). */
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolve: Resolve = (host) => dnsLookup(host, { all: true, order: 'verbatim' });

/** A webhook target the controller will not send to, and why; a delivery refused so is not retried. */
export class TargetRefusedError extends Error {}

/** What to connect to: the checked address, or undefined for an allowed host (ordinary DNS). */
export type Checked = { address: string; family: number } | undefined;

const listHint = 'list the host in WEBHOOK_ALLOWED_HOSTS to allow it';

export class WebhookHttpRepository {
  private readonly allowed: readonly string[];
  private readonly resolve: Resolve;
  private readonly internal: (address: string) => string | undefined;

  /** `resolve` and `internal` are DNS and the address classification; tests may replace them. */
  constructor(
    allowed: readonly string[],
    options: { resolve?: Resolve; internal?: (address: string) => string | undefined } = {},
  ) {
    this.allowed = allowed;
    this.resolve = options.resolve ?? systemResolve;
    this.internal = options.internal ?? internalAddress;
  }

  /**
   * Checks where a URL leads: refused (TargetRefusedError, naming the address and its kind) when the host is an
   * internal address or a name any of whose addresses is internal, unless the host is allowed. DNS errors
   * propagate as they are.
   */
  async check(url: string): Promise<Checked> {
    const target = targetOf(new URL(url));
    if (targetAllowed(target, this.allowed)) return undefined;
    const literal = literalAddress(target.host);
    const addresses = literal
      ? [{ address: literal, family: literal.includes(':') ? 6 : 4 }]
      : await this.resolve(target.host);
    if (addresses.length === 0) throw new Error(`${target.host} has no address`);
    for (const { address } of addresses) {
      const kind = this.internal(address);
      if (kind === undefined) continue;
      const via = literal ? '' : ` resolves to ${address}, which`;
      throw new TargetRefusedError(
        `${target.host}${via} is an internal address (${kind}); webhooks reach only public addresses: ${listHint}`,
      );
    }
    return addresses[0];
  }

  /** POSTs to the URL after `check`, connecting to the address checked; redirects are not followed. */
  readonly post: HttpPost = async (url, init) => {
    const checked = await this.check(url);
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        target,
        {
          method: 'POST',
          headers: { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) },
          signal: init.signal,
          // A connection of its own: never a pooled one opened to an address checked earlier.
          agent: false,
          ...(checked ? { lookup: pinned(checked) } : {}),
        },
        (res) => {
          resolve({ status: res.statusCode ?? 0 });
          res.destroy(); // only the status matters
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  };
}

/** A lookup that answers every name with the one address already checked (no second DNS query). */
export function pinned(checked: { address: string; family: number }): LookupFunction {
  return (_host, options, callback) => {
    if (options.all) callback(null, [checked]);
    else callback(null, checked.address, checked.family);
  };
}
