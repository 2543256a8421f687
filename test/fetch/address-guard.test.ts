import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress, defaultPolicy, guardedLookup, BlockedAddressError, type AddressGuard } from '../../src/fetch/address-guard.js';

test('classifies loopback, private, link-local, CGNAT, multicast and reserved IPv4', () => {
  const cases: [string, string][] = [
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['10.0.0.1', 'private'], ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'], ['192.168.1.1', 'private'], ['169.254.169.254', 'link-local'], ['100.64.0.1', 'cgnat'],
    ['0.0.0.0', 'unspecified'], ['224.0.0.251', 'multicast'], ['255.255.255.255', 'reserved'], ['192.0.2.7', 'reserved'],
    ['8.8.8.8', 'public'], ['172.32.0.1', 'public'], ['100.128.0.1', 'public'], ['93.184.216.34', 'public'],
  ];
  for (const [ip, kind] of cases) assert.equal(classifyAddress(ip), kind, ip);
});

test('classifies IPv6, including IPv4 hidden inside mapped, NAT64 and 6to4 addresses', () => {
  const cases: [string, string][] = [
    ['::1', 'loopback'], ['::', 'unspecified'], ['fd12:3456::1', 'unique-local'], ['fc00::1', 'unique-local'],
    ['fe80::1%eth0', 'link-local'], ['ff02::1', 'multicast'], ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'], ['::ffff:8.8.8.8', 'ipv4-mapped'], ['64:ff9b::a00:1', 'private'], ['2002:c0a8:101::1', 'private'],
    ['[::1]', 'loopback'], ['2001:db8::1', 'reserved'], ['2606:4700:4700::1111', 'public'], ['not-an-ip', 'reserved'],
  ];
  for (const [ip, kind] of cases) assert.equal(classifyAddress(ip), kind, ip);
});

function lookupWith(answers: Record<string, { address: string; family: number }[]>, allowPrivate = false) {
  const guard: AddressGuard = { resolve: async (h) => answers[h] ?? [], isAllowed: defaultPolicy(allowPrivate) };
  const lookup = guardedLookup(guard);
  return (host: string, all: boolean) =>
    new Promise<{ err: Error | null; address: unknown }>((resolve) => lookup(host, { all }, (err, address) => resolve({ err, address })));
}

test('the connection lookup refuses a name that resolves to a private address, even when mixed with a public one', async () => {
  const look = lookupWith({
    'news.example': [{ address: '93.184.216.34', family: 4 }],
    'rebind.example': [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.5', family: 4 }],
    'meta.example': [{ address: '169.254.169.254', family: 4 }],
  });
  assert.deepEqual(await look('news.example', false), { err: null, address: '93.184.216.34' });
  assert.deepEqual((await look('news.example', true)).address, [{ address: '93.184.216.34', family: 4 }]);
  const mixed = await look('rebind.example', true);
  assert.ok(mixed.err instanceof BlockedAddressError);
  assert.match(mixed.err.message, /rebind\.example resolves to 10\.0\.0\.5, a private address/);
  assert.match((await look('meta.example', false)).err!.message, /link-local/);
  assert.equal(((await look('nowhere.example', false)).err as NodeJS.ErrnoException).code, 'ENOTFOUND');
});

test('allowPrivate lets private addresses through', async () => {
  const look = lookupWith({ 'intranet': [{ address: '192.168.0.10', family: 4 }] }, true);
  assert.deepEqual(await look('intranet', false), { err: null, address: '192.168.0.10' });
});
