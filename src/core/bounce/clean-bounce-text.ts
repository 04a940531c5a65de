import { rejoinWrappedLines } from './rejoin-wrapped-lines';
import { decodeEntities, stripHtmlTags } from './strip-html';
import { stripMarkdown } from './strip-markdown';

/** Zero-width characters and soft hyphens that webmails insert into long tokens. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** A run of `=XX` bytes back to text, unless it would produce control characters. */
function decodeQuotedBytes(run: string): string {
  // One ASCII byte (`=3D`, by far the most common) needs no UTF-8 decoding.
  if (run.length === 3) {
    const code = Number.parseInt(run.slice(1), 16);
    if (code < 0x80) return code < 0x20 ? run : String.fromCharCode(code);
  }
  const bytes = run.slice(1).split('=');
  if (bytes.some((byte) => Number.parseInt(byte, 16) < 0x20)) return run;
  try {
    return decodeURIComponent(`%${bytes.join('%')}`);
  } catch {
    return run;
  }
}

/**
 * A bounce copied from a message's source is often quoted-printable (`=3D`, soft line breaks
 * `=` at the end of a line). Decoded only when the text says so, as `=XX` is legal text elsewhere.
 */
function decodeQuotedPrintable(text: string): string {
  if (!text.includes('=3D') && !/quoted-printable/i.test(text)) return text;
  // Soft line breaks are rarer than `=3D`: skip that pass when there are none.
  const joined = text.includes('=\n') || text.includes('=\r') ? text.replace(/=\r?\n/g, '') : text;
  return joined.replace(/(?:=[0-9A-F]{2})+/g, decodeQuotedBytes);
}

/**
 * The lines of a pasted bounce with everything a mail client, webmail or forum added removed:
 * quoted-printable, HTML tags and entities, markdown, quote marks, indentation, and line breaks
 * that cut an IP or a code in two. Linear in the input.
 */
export function cleanBounceLines(text: string): string[] {
  const plain = stripMarkdown(
    decodeEntities(stripHtmlTags(decodeQuotedPrintable(text.replace(INVISIBLE, '')))),
  );
  const unixLines = plain.includes('\r') ? plain.replace(/\r\n?/g, '\n') : plain;
  return rejoinWrappedLines(unixLines.split('\n'));
}
