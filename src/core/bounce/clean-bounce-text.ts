import { linesOfPieces } from './lines-of-pieces';
import { decodeQuotedRuns, quotedPrintableSource, quotedRunsAreInert } from './quoted-printable';
import { rejoinWrappedLines } from './rejoin-wrapped-lines';
import { stripHtml } from './strip-html';
import { markdownMarksIn, stripMarkdown } from './strip-markdown';

/** Zero-width characters and soft hyphens that webmails insert into long tokens. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const INVISIBLE_CHARS = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

/** Most pastes have none: one native search per character is far cheaper than a regex pass. */
const withoutInvisible = (text: string) =>
  INVISIBLE_CHARS.some((char) => text.includes(char)) ? text.replace(INVISIBLE, '') : text;

/**
 * The text with quoted-printable (when it is) and HTML undone, as pieces. Quoted-printable runs
 * are decoded stretch by stretch while the tags are removed, which saves a full-size copy of the
 * paste, whenever that gives the same text: no run decodes to a character that tag or reference
 * removal reads (a `=3D` becomes `=`, which they read just as they read the raw `=`).
 */
function withoutEncoding(text: string): string[] {
  const source = quotedPrintableSource(text);
  if (source === undefined) return stripHtml(text);
  if (quotedRunsAreInert(source)) return stripHtml(source, decodeQuotedRuns);
  return stripHtml(decodeQuotedRuns(source));
}

/**
 * The lines of a pasted bounce with everything a mail client, webmail or forum added removed:
 * quoted-printable, HTML tags and entities, markdown, quote marks, indentation, and line breaks
 * that cut an IP or a code in two. Linear in the input.
 */
export function cleanBounceLines(text: string): string[] {
  const pieces = withoutEncoding(withoutInvisible(text));
  // Markdown never spans a line feed, so it is undone line by line, and the paste is never
  // copied whole again. A `\r` may sit inside a markdown link label: line breaks at `\r`
  // come after.
  const feedLines = linesOfPieces(pieces);
  // Which marks occur at all: asked of the pieces or of the lines, whichever are fewer.
  const shorter = pieces.length < feedLines.length ? pieces : feedLines;
  const marks = markdownMarksIn(shorter);
  if (!shorter.some((piece) => piece.includes('\r'))) {
    return rejoinWrappedLines(feedLines.map((feedLine) => stripMarkdown(feedLine, marks)));
  }
  const lines: string[] = [];
  feedLines.forEach((feedLine, index) => {
    const line = stripMarkdown(feedLine, marks);
    if (!line.includes('\r')) {
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
