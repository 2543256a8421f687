/**
 * Server-side request forgery guard. A URL from a feed or a redirect must not
 * make Parallax talk to the machine it runs on or its private network, so
 * every address a connection goes to is classified and, unless the caller
 * explicitly allows it, only public unicast addresses pass.
 *
 * The check runs where the connection is made (a custom `lookup` for
 * http.request plus a check of the socket's remote address), not on a
 * separate DNS answer, so a name that resolves to a public address once and a
 * private one the next time (DNS rebinding) cannot slip through.
 */
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import type { LookupAddress, LookupOptions } from 'node:dns';

export type AddressKind =
  | 'public' | 'loopback' | 'private' | 'link-local' | 'cgnat' | 'unique-local'
  | 'multicast' | 'unspecified' | 'reserved' | 'ipv4-mapped';

/** Resolves a host name to addresses (injectable so tests need no DNS). */
export type Resolver = (host: string) => Promise<readonly LookupAddress[]>;

/** Decides whether a connection to `address` (of `kind`) for `host` may be made. */
export type AddressPolicy = (address: string, kind: AddressKind, host: string) => boolean;

export interface AddressGuard {
  readonly resolve: Resolver;
  readonly isAllowed: AddressPolicy;
}

export const systemResolver: Resolver = (host) => dns.lookup(host, { all: true, verbatim: true });

/** Only public unicast addresses, unless private ones are explicitly allowed. */
export function defaultPolicy(allowPrivate: boolean): AddressPolicy {
  return (_address, kind) => allowPrivate || kind === 'public';
}

const V4_RANGES: readonly (readonly [string, number, AddressKind])[] = [
  ['0.0.0.0', 8, 'unspecified'], ['10.0.0.0', 8, 'private'], ['100.64.0.0', 10, 'cgnat'],
  ['127.0.0.0', 8, 'loopback'], ['169.254.0.0', 16, 'link-local'], ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'], ['192.0.2.0', 24, 'reserved'], ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], ['198.51.100.0', 24, 'reserved'], ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'], ['240.0.0.0', 4, 'reserved'], // 240/4 includes 255.255.255.255
];

function v4ToInt(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function classifyV4Int(n: number): AddressKind {
  for (const [base, bits, kind] of V4_RANGES) {
    const size = 2 ** (32 - bits);
    const start = v4ToInt(base)!;
    if (n >= start && n < start + size) return kind;
  }
  return 'public';
}

/** Eight 16-bit groups of an IPv6 address (zone id and an embedded dotted quad allowed). */
function v6Groups(s: string): number[] | undefined {
  let str = s.replace(/%.*$/, '').toLowerCase();
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(str);
  if (quad) {
    const n = v4ToInt(quad[1]);
    if (n === undefined) return undefined;
    str = `${str.slice(0, -quad[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = str.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const all = [...head, ...Array<string>(Math.max(fill, 0)).fill('0'), ...tail];
  if (all.length !== 8 || !all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return all.map((g) => parseInt(g, 16));
}

function classifyV6(h: readonly number[]): AddressKind {
  const zeroUpTo = (k: number) => h.slice(0, k).every((x) => x === 0);
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && h[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d): refused outright unless allowed, whatever the
  // embedded address, because some stacks route them to the IPv4 host itself.
  if (zeroUpTo(5) && h[5] === 0xffff) {
    const embedded = classifyV4Int(h[6]! * 65536 + h[7]!);
    return embedded === 'public' ? 'ipv4-mapped' : embedded;
  }
  if (zeroUpTo(6)) return 'reserved'; // deprecated IPv4-compatible ::a.b.c.d
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) reach an embedded IPv4 address.
  if (h[0] === 0x64 && h[1] === 0xff9b && h.slice(2, 6).every((x) => x === 0)) return classifyV4Int(h[6]! * 65536 + h[7]!);
  if (h[0] === 0x2002) return classifyV4Int(h[1]! * 65536 + h[2]!);
  if ((h[0]! & 0xfe00) === 0xfc00) return 'unique-local';
  if ((h[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((h[0]! & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((h[0]! & 0xff00) === 0xff00) return 'multicast';
  if (h[0] === 0x2001 && (h[1] === 0xdb8 || h[1] === 0)) return 'reserved'; // documentation, Teredo
  if (h[0] === 0x100 && zeroUpTo(4)) return 'reserved'; // discard prefix
  if (h[0] === 0) return 'reserved';
  return 'public';
}

/**
 * What kind of address an IP literal is; anything unparseable is 'reserved'.
 * @example classifyAddress('10.1.2.3') // 'private'
 * @example classifyAddress('::ffff:127.0.0.1') // 'loopback'
 */
export function classifyAddress(address: string): AddressKind {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return classifyV4Int(v4ToInt(bare)!);
  if (family === 6) {
    const groups = v6Groups(bare);
    return groups ? classifyV6(groups) : 'reserved';
  }
  return 'reserved';
}

/** Why an address is refused, or undefined when it may be used. */
export function refusal(guard: AddressGuard, address: string, host: string): string | undefined {
  const kind = classifyAddress(address);
  if (guard.isAllowed(address, kind, host)) return undefined;
  const what = kind === 'public' ? 'not allowed by the address policy' : `a ${kind} address`;
  return host === address ? `${address} is ${what}` : `${host} resolves to ${address}, ${what}`;
}

/** The error a refused connection fails with; fetchers map it to 'blocked-address'. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_PARALLAX_BLOCKED_ADDRESS';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request / net.connect that resolves through the guard's
 * resolver and fails when any address the name resolves to is refused (a
 * mixed answer is refused whole, so the connection cannot pick the bad one).
 */
export function guardedLookup(guard: AddressGuard) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    guard.resolve(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : [...found];
        if (wanted.length === 0) {
          const e: NodeJS.ErrnoException = new Error(`${hostname}: no address found`);
          e.code = 'ENOTFOUND';
          return callback(e, '');
        }
        for (const a of wanted) {
          const why = refusal(guard, a.address, hostname);
          if (why) return callback(new BlockedAddressError(why), '');
        }
        if (options.all) return callback(null, wanted);
        return callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}
