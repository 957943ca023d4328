import { describe, expect, it } from 'vitest';
import { addressGroup, internalAddress } from './network.address.ts';
import { allowedHostEntry, targetAllowed, targetOf } from './webhook.target.ts';

describe('internalAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['2002:7f00:1::1', 'loopback'],
    ['10.255.0.1', 'private network'],
    ['172.31.255.255', 'private network'],
    ['192.168.0.1', 'private network'],
    ['64:ff9b::c0a8:1', 'private network'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fd00::1', 'unique local'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified ("this network")'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'reserved (and broadcast)'],
    ['example.org', 'not an IP address'],
  ])('%s is %s', (address, kind) => {
    expect(internalAddress(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '::ffff:8.8.8.8', '64:ff9b::808:808', '2606:4700::1111'])(
    '%s is public',
    (address) => {
      expect(internalAddress(address)).toBeUndefined();
    },
  );
});

describe('addressGroup', () => {
  it('groups IPv6 by /64, and IPv4-mapped addresses with their IPv4 one', () => {
    expect(addressGroup('2001:db8:1:2::5')).toBe(addressGroup('2001:db8:1:2:ffff:1:2:3'));
    expect(addressGroup('2001:db8:1:2::5')).not.toBe(addressGroup('2001:db8:1:3::5'));
    expect(addressGroup('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressGroup('203.0.113.9')).not.toBe(addressGroup('203.0.113.10'));
  });
});

describe('WEBHOOK_ALLOWED_HOSTS entries', () => {
  it('normalise hosts as URL parsing does, with or without a port', () => {
    expect(allowedHostEntry(' Receiver.Example.org ')).toBe('receiver.example.org');
    expect(allowedHostEntry('2130706433:8080')).toBe('127.0.0.1:8080');
    expect(allowedHostEntry('[::FFFF:127.0.0.1]')).toBe('[::ffff:7f00:1]');
    for (const bad of ['http://x', 'x:0', 'x:70000', 'a b', 'x/y', '[::1', ':80'])
      expect(() => allowedHostEntry(bad), bad).toThrow();
  });

  it('match a URL’s host on any port, or host:port on that port only (the default port counts)', () => {
    const allowed = ['hooks.internal', '127.0.0.1:80'];
    expect(targetAllowed(targetOf(new URL('https://hooks.internal:9443/x')), allowed)).toBe(true);
    expect(targetAllowed(targetOf(new URL('http://2130706433/x')), allowed)).toBe(true);
    expect(targetAllowed(targetOf(new URL('http://127.0.0.1:81/x')), allowed)).toBe(false);
    expect(targetAllowed(targetOf(new URL('https://127.0.0.1/x')), allowed)).toBe(false);
  });
});
