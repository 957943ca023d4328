// Where a webhook may send: public addresses only, unless whoever runs the controller lists the host in
// WEBHOOK_ALLOWED_HOSTS (a receiver on the local network, a test receiver on loopback). Pure: the repository
// that sends resolves names and calls these.
import { isIP } from 'node:net';

/** A webhook URL's host as URL parsing normalises it (lower case, IPv4 in dotted decimal, IPv6 in brackets) and its port. */
export interface Target {
  host: string;
  port: number;
}

/** The host and port a webhook URL reaches (the scheme's default port when none is given). */
export function targetOf(url: URL): Target {
  return { host: url.hostname, port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80) };
}

/** The host without IPv6 brackets, and whether it is an IP address literal (no DNS involved). */
export function literalAddress(host: string): string | undefined {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  return isIP(bare) ? bare : undefined;
}

/**
 * One WEBHOOK_ALLOWED_HOSTS entry, `host` (any port) or `host:port`, normalised the way URL parsing
 * normalises a webhook's host, so that `2130706433`, `127.1` and `127.0.0.1` name the same host; throws
 * on anything else.
 */
export function allowedHostEntry(entry: string): string {
  const match = /^(\[[0-9A-Fa-f:.]+\]|[^\s:/?#@[\]]+)(?::(\d{1,5}))?$/.exec(entry.trim());
  const port = match?.[2] === undefined ? undefined : Number(match[2]);
  if (!match?.[1] || (port !== undefined && (port < 1 || port > 65_535)))
    throw new Error(`"${entry}" is not a host or host:port`);
  let host: string;
  try {
    host = new URL(`http://${match[1]}/`).hostname;
  } catch {
    throw new Error(`"${entry}" is not a host or host:port`);
  }
  return port === undefined ? host : `${host}:${port}`;
}

/** Whether the target is listed (the host alone, any port; or host:port). */
export function targetAllowed(target: Target, allowed: readonly string[]): boolean {
  return allowed.includes(target.host) || allowed.includes(`${target.host}:${target.port}`);
}
