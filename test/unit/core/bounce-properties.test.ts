import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBounce, type BounceAnalysis } from '../../../src/core/index';
import { isPublicUnicast, parseAddress } from '../../../src/core/ip-address';

/** Pieces of real bounces, markup and wrapping, to be shuffled into hostile texts. */
const FRAGMENTS = [
  'messages from [',
  'messages from ',
  'banned sending IP [',
  'banned sender[',
  'Client host [',
  'The mail server [',
  'try again later from [',
  ']',
  ')',
  ' ',
  '\n',
  '\r\n',
  '> ',
  '    ',
  'IPv6:',
  'x.x.x.x',
  '[IP]',
  '999.999.999.999',
  '10.0.0.1',
  '192.168.1.1',
  '203.0.113.9',
  '2001:db8::5',
  '::1',
  '550 5.7.1 ',
  '550-5.7.1 ',
  '5.7.',
  '606',
  'AS(',
  '1430',
  'AS16012609',
  '(S3140)',
  'SC-',
  '001',
  'part of their network is on our block list',
  'blocked using Spamhaus',
  'Final-Recipient: rfc822; a@hotmail.com',
  'Remote-MTA: dns; hotmail-com.olc.protection.outlook.com',
  'host mx.example.org[192.0.2.1] said: ',
  'https://sender.office.com/',
  'delist@microsoft.com',
  '<br>',
  '<div>',
  '<!--',
  '-->',
  '&#39;',
  '&nbsp;',
  '[x](',
  '=\n',
  '=3D',
  '\u200b',
  'İ',
];

const hostileText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: fc.ipV4() },
      { weight: 1, arbitrary: fc.ipV6() },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  hostileText,
);

/** Canonical public addresses a text could be naming: its address-like tokens, as written or
 * with the line breaks, quote marks and markup that the analyzer removes taken out. */
function addressesIn(text: string): Set<string> {
  const compact = (source: string) => source.replace(/[\s>]|=\n|\u200b/g, '');
  // A tag such as <br> is a line break to the analyzer, which rejoins an address wrapped at it.
  const detagged = text.replace(/<[^>]*>/g, '');
  // `IPv6:` tags an SMTP address literal (`[IPv6:2001:db8::1]`); its 6 and colon are not part of it.
  const untagged = (source: string) => [source, source.replace(/IPv6:/gi, ' ')];
  const found = new Set<string>();
  for (const source of [text, compact(text), compact(detagged)].flatMap(untagged)) {
    // Address-like runs, and IPv4 addresses inside longer runs (`IPv6:1.2.3.4`).
    const tokens = [...source.matchAll(/[0-9a-f:.]+/gi)].map(([token]) => token);
    for (const [token] of source.matchAll(/\d{1,3}(?:\.\d{1,3}){3}/g)) tokens.push(token);
    for (const token of tokens) {
      for (const candidate of [token, token.replace(/\.+$/, ''), token.replace(/:$/, '')]) {
        const parsed = parseAddress(candidate);
        if (parsed.ok) found.add(parsed.address.canonical);
      }
    }
  }
  return found;
}

function checkInvariants(text: string, result: BounceAnalysis) {
  const present = addressesIn(text);
  for (const ip of result.ips) {
    expect(isPublicUnicast(ip), ip).toBe(true);
    expect(present.has(ip), `${ip} in ${JSON.stringify(text)}`).toBe(true);
  }
  expect(new Set(result.ips).size).toBe(result.ips.length);
  expect(new Set(result.codes).size).toBe(result.codes.length);
  for (const bounce of result.bounces) {
    for (const ip of bounce.ips) expect(result.ips).toContain(ip);
  }
  expect(result.mixedPlatforms).toBe(
    new Set(result.bounces.map((b) => b.platform).filter((p) => p !== 'unknown')).size > 1,
  );
}

describe('analyzeBounce: properties', () => {
  it('never throws and keeps its invariants on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, analyzeBounce(text));
      }),
      { numRuns: 600 },
    );
  });

  it('only ever outputs public unicast IPs that the input contains', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        checkInvariants(text, analyzeBounce(text));
      }),
      { numRuns: 600 },
    );
  });

  it('finds every public IP written right after one of the sentences that name it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.ipV4(), fc.ipV6()), { minLength: 1, maxLength: 5 }),
        (ips) => {
          const text = ips
            .map((ip) => `550 5.7.606 Access denied, banned sending IP [${ip}]. AS(1430)`)
            .join('\n');
          const expected = [
            ...new Set(
              ips.flatMap((ip) => {
                const parsed = parseAddress(ip);
                return parsed.ok && isPublicUnicast(parsed.address)
                  ? [parsed.address.canonical]
                  : [];
              }),
            ),
          ];
          expect(analyzeBounce(text).ips).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
