import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BounceSignals, readBounce, rowAndPlatform } from '../../../src/core/bounce/bounce-reading';
import { cachedAddressReader } from '../../../src/core/bounce/extract-blocked-ips';
import { extractCodes } from '../../../src/core/bounce/extract-codes';
import { lowerCaseSameLength } from '../../../src/core/bounce/lower-case';
import { decodeQuotedRuns, quotedRunsAreInert } from '../../../src/core/bounce/quoted-printable';
import { stripHtml } from '../../../src/core/bounce/strip-html';
import { markdownMarksIn, stripMarkdown } from '../../../src/core/bounce/strip-markdown';

// The analyzer takes shortcuts on long pastes: it decodes quoted-printable while removing tags,
// decides a bounce's row and platform from its codes before reading the server, and skips the
// markdown marks a paste never has. Each must give what the long way gives.

const pieces = (parts: readonly string[]) => fc.array(fc.constantFrom(...parts), { maxLength: 40 });

/** Runs that decode to text tag and reference removal do not react to, or stay as written. */
const INERT_RUNS = ['=3D', '=C3=A9', '=E2=82=AC', '=5D', '=0A', '=FF', '=3'];
/** Runs that decode to markup: a space, `<`, `>`, `&`, `#`, `;`, `-`, a letter, a no-break space. */
const MARKUP_RUNS = ['=20', '=3C', '=3E', '=26', '=23', '=3B', '=2D', '=41', '=C2=A0'];
const HTML_BITS = [
  '<b>',
  '</b>',
  '<b ',
  '<br>',
  '<div>',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '&amp;',
  '&#39;',
  '&#x3D;',
  '&',
  '#',
  ';',
  'a',
  ' ',
  '\n',
  '>',
  '<',
  '=',
];
const quotedHtml = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...HTML_BITS) },
      { weight: 3, arbitrary: fc.constantFrom(...INERT_RUNS) },
      { weight: 1, arbitrary: fc.constantFrom(...MARKUP_RUNS) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const BOUNCE_BITS = [
  '550 5.7.1 ',
  '5.7.606 ',
  'AS(1430) ',
  'AS3130 ',
  'S3140 ',
  'SC-001 ',
  'banned sending IP ',
  'banned sender ',
  'blocked using Spamhaus ',
  'messages from [203.0.113.9] ',
  '[185.23.4.17] ',
  'host mx.example.org[192.0.2.1] said: ',
  'Remote-MTA: dns; a.mail.protection.outlook.com ',
  'relay=x.olc.protection.outlook.com ',
  '[AGT=PFA] ',
  'microsoft ',
  'rejected by recipient ',
  'does not pass DMARC ',
  '5.1.1 ',
  '5.7.0 ',
  'x ',
];

const MARKDOWN_BITS = [
  '[',
  ']',
  '(',
  ')',
  '[x](https://x.example/)',
  '<https://a.example>',
  '<HTTP://b>',
  '<mailto:a@b>',
  '<Mailto:c@d>',
  '<m',
  '<h',
  '<',
  '\\[',
  '\\',
  '**',
  '*',
  '`',
  'a',
  ' ',
  'https://x.example/',
];

/** Markdown undone by the plain replacements, each run on the whole line. */
function plainMarkdown(text: string): string {
  const bare = (link: string) =>
    link
      .replace(/^(?:https?:\/\/|mailto:)/i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return text
    .replace(/\[([^[\]\n]*)\]\(([^()\s]*)\)/g, (_, label: string, url: string) =>
      url === '' || bare(label) === bare(url) ? label : `${label} (${url})`,
    )
    .replace(/<((?:https?|mailto):[^\s<>]*)>/gi, '$1')
    .replace(/\\([[\]()*_`>#.-])/g, '$1')
    .replace(/\*\*|`/g, '');
}

describe('bounce analysis shortcuts', () => {
  it('decodes quoted-printable stretch by stretch exactly as it decodes the whole text first', () => {
    let compared = 0;
    fc.assert(
      fc.property(quotedHtml, (text) => {
        if (!quotedRunsAreInert(text)) return;
        compared++;
        const whole = stripHtml(decodeQuotedRuns(text)).join('');
        expect(stripHtml(text, decodeQuotedRuns).join('')).toBe(whole);
      }),
      { numRuns: 2000 },
    );
    expect(compared).toBeGreaterThan(500);
  });

  it('does not count a run that decodes to markup as inert', () => {
    expect(quotedRunsAreInert('a=3Db=C3=A9')).toBe(true);
    for (const run of MARKUP_RUNS) {
      expect(quotedRunsAreInert(`x${run}y`), run).toBe(false);
    }
  });

  it('gives the row and platform of the full reading, reading the server only when needed', () => {
    fc.assert(
      fc.property(pieces(BOUNCE_BITS), (parts) => {
        const signals = new BounceSignals(parts.join(''), cachedAddressReader());
        const { row, platform } = readBounce(signals);
        expect(rowAndPlatform(signals)).toEqual({ row, platform });
      }),
      { numRuns: 1500 },
    );
  });

  it('strips markdown as the plain replacements do, when told which marks occur in the paste', () => {
    const line = pieces(MARKDOWN_BITS).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), (lines) => {
        const marks = markdownMarksIn(lines);
        for (const text of lines) expect(stripMarkdown(text, marks)).toBe(plainMarkdown(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every distinct code once, in order, however many a bounce holds', () => {
    const codes = Array.from({ length: 40 }, (_, i) => `S${3100 + (i % 25)}`);
    const text = codes.join(' ');
    expect(extractCodes(text, lowerCaseSameLength(text)).map((hit) => hit.code)).toEqual([
      ...new Set(codes),
    ]);
  });
});
