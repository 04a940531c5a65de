// @vitest-environment node
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { parseIpList } from '../../../src/core/ip-list';
import { oraclePublic, oracleV4Entry, urlCanonicalIpv6 } from './ip-oracle';

const octet = fc.integer({ min: 0, max: 255 });
// A few public /16s, so that generated lists often repeat or contain each other.
const near = fc
  .tuple(fc.constantFrom('8.8', '9.9', '45.33'), fc.integer({ min: 0, max: 3 }), octet)
  .map(([head, c, d]) => `${head}.${c}.${d}`);

const publicV4 = fc.oneof(near, fc.ipV4().filter(oraclePublic));
const v4Cidr = fc
  .tuple(publicV4, fc.integer({ min: 16, max: 32 }))
  .map(([address, prefix]) => `${address}/${prefix}`)
  .filter(oracleV4Entry);
const v4Range = fc
  .tuple(near, fc.integer({ min: 0, max: 600 }), fc.constantFrom('-', '–'))
  .map(([first, span, dash]) => {
    const parts = first.split('.').map(Number);
    const value = ((parts[2] ?? 0) << 8) + (parts[3] ?? 0) + span;
    return `${first}${dash}${parts[0]}.${parts[1]}.${value >> 8}.${value & 255}`;
  })
  .filter(oracleV4Entry);
const publicV6 = fc
  .tuple(
    fc.constantFrom(0x2a00, 0x2a01, 0x2600),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 7, maxLength: 7 }),
  )
  .map(([first, rest]) => [first, ...rest].map((g) => g.toString(16)).join(':'));
const v6Cidr = fc
  .tuple(publicV6, fc.integer({ min: 48, max: 128 }))
  .map(([address, prefix]) => `${address}/${prefix}`);

const validEntry = fc.oneof(
  { weight: 5, arbitrary: publicV4 },
  { weight: 2, arbitrary: v4Cidr },
  { weight: 2, arbitrary: v4Range },
  { weight: 1, arbitrary: publicV4.map((a) => `[${a}]`) },
  { weight: 1, arbitrary: publicV6 },
  { weight: 1, arbitrary: v6Cidr },
  { weight: 1, arbitrary: publicV4.map((a) => `::ffff:${a}`) },
);
const separator = fc.constantFrom('; ', ';', ',', ', ', '\n', ' ', '\t', ' ;\n', ';;');
const joined = (entries: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.array(entries, { minLength: 1, maxLength: 25 }),
      fc.array(separator, { minLength: 25, maxLength: 25 }),
    )
    .map(([items, seps]) =>
      items.map((item, i) => (i === 0 ? item : `${seps[i] ?? ';'}${item}`)).join(''),
    );

describe('parseIpList properties', () => {
  it('normalized text parses back to the same entries, with nothing left to drop', () => {
    fc.assert(
      fc.property(joined(validEntry), (text) => {
        const list = parseIpList(text);
        expect(list.ok, text).toBe(true);
        const again = parseIpList(list.normalized);
        expect(again.ok).toBe(true);
        expect(again.normalized).toBe(list.normalized);
        expect(again.entries.map((e) => e.canonical).join('; ')).toBe(list.normalized);
        expect(again.addressCount).toBe(list.addressCount);
        const codes = again.problems.map((p) => p.code);
        expect(
          codes.filter((c) => c === 'duplicate' || c === 'covered' || c === 'overlap'),
        ).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts every public unicast address with its canonical form, and no other address', () => {
    const address = fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      publicV6,
      publicV4,
      fc.constantFrom(
        '::ffff:8.8.8.8',
        '::ffff:10.1.1.1',
        '2002:808:808::1',
        '2001:db8::5',
        '2001:4860:4860::8888',
      ),
    );
    fc.assert(
      fc.property(address, (text) => {
        const list = parseIpList(text);
        if (!oraclePublic(text)) {
          expect(list.ok, text).toBe(false);
          expect(list.problems[0]?.severity).toBe('error');
          return;
        }
        expect(list.ok, text).toBe(true);
        const canonical = text.includes(':') ? urlCanonicalIpv6(text) : text;
        const parsed = ipaddr.parse(canonical);
        // An IPv4-mapped address is listed as the IPv4 address it carries.
        const expected =
          parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()
            ? (parsed as ipaddr.IPv6).toIPv4Address().toString()
            : canonical;
        expect(list.entries[0]?.canonical).toBe(expected);
      }),
      { numRuns: 4000 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 })),
        (text) => {
          const list = parseIpList(text);
          expect(typeof list.ok).toBe('boolean');
          for (const problem of list.problems) {
            expect(text.slice(problem.start, problem.end)).toBe(problem.entry);
            expect(problem.message.length).toBeGreaterThan(problem.entry.length);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('is ok exactly when every entry is valid and public (IPv4 lists, with near misses)', () => {
    const mutated = fc
      .tuple(
        fc.oneof(publicV4, v4Cidr, v4Range),
        fc.nat(60),
        fc.constantFrom(...'0123456789.-/[]x0'),
      )
      .map(([text, at, char]) => {
        const i = at % (text.length + 1);
        if (at % 3 === 0) return text.slice(0, i) + char + text.slice(i);
        if (at % 3 === 1) return text.slice(0, i) + text.slice(i + 1);
        return text.slice(0, i) + char + text.slice(i + 1);
      });
    // Leading zeros (octal or decimal?) right after a dot, slash or dash, or at the start.
    const zeroPadded = fc
      .tuple(fc.oneof(publicV4, v4Cidr, v4Range), fc.nat(20))
      .map(([text, pick]) => {
        const spots = [0, ...[...text.matchAll(/[./\-–]/g)].map((m) => (m.index ?? 0) + 1)];
        const at = spots[pick % spots.length] ?? 0;
        return `${text.slice(0, at)}0${text.slice(at)}`;
      });
    const garbage = fc.string({
      unit: fc.constantFrom(...'abz019./-[]_!#'),
      minLength: 1,
      maxLength: 12,
    });
    const token = fc
      .oneof(
        { weight: 4, arbitrary: fc.oneof(publicV4, v4Cidr, v4Range) },
        { weight: 4, arbitrary: mutated },
        { weight: 1, arbitrary: zeroPadded },
        { weight: 1, arbitrary: garbage },
        { weight: 1, arbitrary: fc.ipV4() },
      )
      // Keep entries apart: a dash at an edge would join neighbours separated by spaces.
      .filter((t) => t !== '' && !/^[-–]|[-–]$/.test(t));
    const list = fc.tuple(
      fc.array(token, { minLength: 1, maxLength: 6 }),
      fc.constantFrom(';', '; ', ',', ' , ', '\n;'),
    );
    // Each entry alone, then whole lists.
    fc.assert(
      fc.property(token, (text) => {
        expect(parseIpList(text).ok, text).toBe(oracleV4Entry(text.trim()));
      }),
      { numRuns: 4000 },
    );
    fc.assert(
      fc.property(list, ([tokens, sep]) => {
        const text = tokens.join(sep);
        const entries = text.split(/[;,\s]+/).filter(Boolean);
        const valid = entries.length > 0 && entries.every(oracleV4Entry);
        expect(parseIpList(text).ok, text).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });
});
