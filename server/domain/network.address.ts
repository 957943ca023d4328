// IP addresses as the controller reasons about them: who is the same subscriber (pairing limits) and which
// addresses are not on the public internet (webhook targets). Pure: no DNS, no sockets.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit words of an IPv6 address (brackets, zone and an IPv4 tail allowed), or undefined. */
export function ipv6Words(address: string): number[] | undefined {
  let text = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (!isIPv6(text)) return undefined;
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const words = (part: string) => (part === '' ? [] : part.split(':'));
  const before = words(head);
  const after = rest === undefined ? [] : words(rest);
  const zeros = rest === undefined ? [] : Array<string>(8 - before.length - after.length).fill('0');
  return [...before, ...zeros, ...after].map((w) => parseInt(w, 16));
}

/** The IPv4 address an IPv4-mapped IPv6 address (::ffff:a.b.c.d) stands for, or undefined. */
export function mappedIPv4(address: string): string | undefined {
  const w = ipv6Words(address);
  if (!w || w.slice(0, 5).some((x) => x !== 0) || w[5] !== 0xffff) return undefined;
  const [hi = 0, lo = 0] = w.slice(6);
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

/**
 * One subscriber, for per-address limits: an IPv4 address as is, an IPv6 address by its /64 (a home or an
 * office gets a whole /64, so counting single IPv6 addresses would give one attacker billions of them).
 */
export function addressGroup(address: string): string {
  if (isIPv4(address)) return address;
  const mapped = mappedIPv4(address);
  if (mapped) return mapped;
  const w = ipv6Words(address);
  return w
    ? `${w
        .slice(0, 4)
        .map((x) => x.toString(16))
        .join(':')}::/64`
    : address;
}

// Every range that is not public unicast, with what to call it in a refusal.
const internalIPv4: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private network'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private network'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private network'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (and broadcast)'],
];
const internalIPv6: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::', 96, 'IPv4-compatible (deprecated)'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['100::', 64, 'discard'],
  ['2001::', 32, 'Teredo tunnel'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];
// IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4): internal when the IPv4 one is.
const embeddings: [prefix: (v4: string) => string, bits: number][] = [
  [(v4) => `::ffff:${v4}`, 96],
  [(v4) => `64:ff9b::${v4}`, 96],
  [(v4) => sixToFour(v4), 16],
];

function sixToFour(v4: string): string {
  const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
  return `2002:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}::`;
}

const ranges: { list: BlockList; name: string }[] = [];
for (const [network, prefix, name] of internalIPv4) {
  const list = new BlockList();
  list.addSubnet(network, prefix, 'ipv4');
  for (const [embed, bits] of embeddings) list.addSubnet(embed(network), bits + prefix, 'ipv6');
  ranges.push({ list, name });
}
for (const [network, prefix, name] of internalIPv6) {
  const list = new BlockList();
  list.addSubnet(network, prefix, 'ipv6');
  ranges.push({ list, name });
}

/**
 * What kind of internal address `address` is (loopback, private network, link-local, unique local, CGNAT,
 * multicast, unspecified, reserved, IPv4 ones inside IPv6), or undefined for a public unicast address.
 * Anything that is not an IP address at all counts as internal: a caller never connects to it.
 */
export function internalAddress(address: string): string | undefined {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const family = isIPv4(bare) ? 'ipv4' : isIPv6(bare) ? 'ipv6' : undefined;
  if (!family) return 'not an IP address';
  return ranges.find((r) => r.list.check(bare, family))?.name;
}
