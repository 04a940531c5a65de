// @vitest-environment node
// parseAddress and isPublicUnicast against node:net, the WHATWG URL parser and ipaddr.js's range
// tables on thousands of generated inputs: valid addresses in every notation, and near misses.
import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPublicUnicast, parseAddress } from '../../../src/core/ip-address';
import { oraclePublic, urlCanonicalIpv6 } from './ip-oracle';

const octet = fc.integer({ min: 0, max: 255 });
const group = fc.integer({ min: 0, max: 0xffff });

/** IPv6 in the notations people meet: full, compressed anywhere, upper case, IPv4 tail. */
const ipv6Text = fc
  .tuple(
    fc.array(group, { minLength: 8, maxLength: 8 }),
    fc.nat(8),
    fc.nat(8),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([groups, from, length, upper, v4Tail]) => {
    let hex = groups.map((g) => g.toString(16));
    if (v4Tail) {
      const [a = 0, b = 0] = groups.slice(6);
      hex = [...hex.slice(0, 6), `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`];
    }
    const start = Math.min(from, hex.length);
    const end = Math.min(start + length, hex.length);
    const text =
      end - start >= 1
        ? `${hex.slice(0, start).join(':')}::${hex.slice(end).join(':')}`
        : hex.join(':');
    return upper ? text.toUpperCase() : text;
  });

const ipv4Text = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));

/** Small edits that turn an address into a near miss (or occasionally into another address). */
const mutated = fc
  .tuple(fc.oneof(ipv4Text, ipv6Text), fc.nat(40), fc.constantFrom(...'0123456789abcdefgx.:/[]- '))
  .map(([text, at, char]) => {
    const i = at % (text.length + 1);
    return at % 3 === 0
      ? text.slice(0, i) + char + text.slice(i)
      : at % 3 === 1
        ? text.slice(0, i) + text.slice(i + 1)
        : text.slice(0, i) + char + text.slice(i + 1);
  });

const leadingZero = fc.tuple(octet, octet, octet, octet, fc.nat(3)).map(([a, b, c, d, at]) => {
  const parts = [a, b, c, d].map(String);
  parts[at] = `0${parts[at]}`;
  return parts.join('.');
});

const anyInput = fc.oneof(
  { weight: 3, arbitrary: ipv4Text },
  { weight: 3, arbitrary: ipv6Text },
  { weight: 1, arbitrary: fc.ipV4() },
  { weight: 1, arbitrary: fc.ipV6() },
  { weight: 4, arbitrary: mutated },
  { weight: 1, arbitrary: leadingZero },
  { weight: 1, arbitrary: fc.ipV4Extended() },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

describe('parseAddress against node:net and the URL parser', () => {
  it('accepts exactly what node:net accepts (zone indexes aside) with the same canonical form', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        fc.pre(!text.includes('%'));
        const result = parseAddress(text);
        const family = isIP(text);
        expect(result.ok, text).toBe(family !== 0);
        if (!result.ok) return;
        expect(result.address.version).toBe(family);
        expect(result.address.canonical).toBe(family === 4 ? text : urlCanonicalIpv6(text));
      }),
      { numRuns: 6000 },
    );
  });

  it('rejects IPv6 zone indexes that node:net accepts', () => {
    expect(isIP('fe80::1%eth0')).toBe(6);
    expect(parseAddress('fe80::1%eth0').ok).toBe(false);
  });
});

describe('isPublicUnicast against the ranges ipaddr.js knows', () => {
  const biasedV6 = fc
    .tuple(
      fc.constantFrom(
        0x2001,
        0x2002,
        0x2a00,
        0x2600,
        0x3fff,
        0xfc00,
        0xfe80,
        0xff02,
        0x0,
        0x64,
        0x2620,
      ),
      fc.array(group, { minLength: 7, maxLength: 7 }),
      fc.nat(3),
    )
    .map(([first, rest, shape]) => {
      const groups = [first, ...rest];
      if (shape === 0) groups[1] = (rest[0] ?? 0) % 0x40; // near 2001::/23 and its sub-blocks
      if (shape === 1 && first === 0) groups.splice(1, 5, 0, 0, 0, 0, 0xffff); // IPv4-mapped
      if (shape === 2 && first === 0x2620) groups.splice(1, 2, 0x4f, 0x8000); // AS112
      return groups.map((g) => g.toString(16)).join(':');
    });

  it('agrees on thousands of addresses', () => {
    fc.assert(
      fc.property(fc.oneof(ipv4Text, ipv6Text, biasedV6), (text) => {
        expect(isPublicUnicast(text), text).toBe(oraclePublic(text));
      }),
      { numRuns: 8000 },
    );
  });
});
