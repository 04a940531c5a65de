import { linesOfPieces } from './lines-of-pieces';
import { rejoinWrappedLines } from './rejoin-wrapped-lines';
import { stripHtml } from './strip-html';
import { stripMarkdown } from './strip-markdown';

/** Zero-width characters and soft hyphens that webmails insert into long tokens. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const INVISIBLE_CHARS = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

/** Most pastes have none: one native search per character is far cheaper than a regex pass. */
const withoutInvisible = (text: string) =>
  INVISIBLE_CHARS.some((char) => text.includes(char)) ? text.replace(INVISIBLE, '') : text;

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
  return decodeQuotedRuns(joined);
}

const isUpperHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70);

/**
 * Each run of `=XX` bytes (upper-case hex, as `/(?:=[0-9A-F]{2})+/g` would find them) decoded.
 * A loop rather than `replace` with a callback, which costs several times more per match.
 */
function decodeQuotedRuns(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let at = text.indexOf('='); at !== -1; at = text.indexOf('=', at)) {
    let end = at;
    while (
      text.charCodeAt(end) === 61 &&
      isUpperHex(text.charCodeAt(end + 1)) &&
      isUpperHex(text.charCodeAt(end + 2))
    ) {
      end += 3;
    }
    if (end === at) {
      at++;
      continue;
    }
    out += text.slice(copiedUpTo, at) + decodeQuotedBytes(text.slice(at, end));
    copiedUpTo = at = end;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/**
 * The lines of a pasted bounce with everything a mail client, webmail or forum added removed:
 * quoted-printable, HTML tags and entities, markdown, quote marks, indentation, and line breaks
 * that cut an IP or a code in two. Linear in the input.
 */
export function cleanBounceLines(text: string): string[] {
  const pieces = stripHtml(decodeQuotedPrintable(withoutInvisible(text)));
  // Markdown never spans a line feed, so it is undone line by line, and the paste is never
  // copied whole again. A `\r` may sit inside a markdown link label: line breaks at `\r`
  // come after.
  const lines: string[] = [];
  const feedLines = linesOfPieces(pieces);
  const anyReturn = pieces.some((piece) => piece.includes('\r'));
  feedLines.forEach((feedLine, index) => {
    const line = stripMarkdown(feedLine);
    if (!anyReturn || !line.includes('\r')) {
      lines.push(line);
      return;
    }
    const last = index === feedLines.length - 1;
    // The line feed after this line completes a `\r\n`.
    const broken = (last ? line : `${line}\n`).replace(/\r\n?/g, '\n').split('\n');
    if (!last) broken.pop();
    lines.push(...broken);
  });
  return rejoinWrappedLines(lines);
}
