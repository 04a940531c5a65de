// Mail clients and forums quote (`> `), indent and re-wrap a bounce at a fixed width, which can
// cut an IP or a code in two: `messages from [203.0.11` / `3.7] weren't sent`. Words cut at a
// space need nothing (lines are read joined by a space); only the cuts inside a token are undone.

/** Characters of an IP, a status code or a Microsoft code: `[0-9A-Za-z.:-]`, without a regex
 * call per character (this runs on every line of the paste). */
const isTokenChar = (code: number) =>
  (code >= 48 && code <= 58) || // 0-9 and `:`
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 46 ||
  code === 45;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isAlphanumeric = (code: number) =>
  isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** How far back an unfinished bracketed token may start (an IPv6 address is at most 45). */
const TAIL = 64;

/** The line without quote marks (`>`, `> >`), indentation or trailing spaces. */
function unquoted(line: string): string {
  let start = 0;
  while (start < line.length) {
    const code = line.charCodeAt(start);
    // space, tab, `>`, no-break space
    if (code !== 32 && code !== 9 && code !== 62 && code !== 160) break;
    start++;
  }
  const rest = start === 0 ? line : line.slice(start);
  // A line that ends in a printable ASCII character has nothing to trim (most lines).
  const last = rest.charCodeAt(rest.length - 1);
  return last > 32 && last < 127 ? rest : rest.trimEnd();
}

// The checks below read only the last TAIL characters of `end` (the text so far), so a long line
// is not copied to get them.

/** `[203.0.11` or `(AS1601`: an opening bracket followed by token characters only, at the end. */
function endsInsideBracket(end: string): boolean {
  for (let i = end.length - 1; i >= 0 && i >= end.length - TAIL; i--) {
    const code = end.charCodeAt(i);
    if (code === 91 || code === 40) return true;
    if (!isTokenChar(code)) return false;
  }
  return false;
}

/** `SC-`, `OU-` or `DY-` (any case) at the end, not preceded by a letter or digit. */
function endsWithLegacyPrefix(end: string): boolean {
  const at = end.length - 3;
  if (at < 0 || !/^(?:SC|OU|DY)-$/i.test(end.slice(at))) return false;
  return at === 0 || !isAlphanumeric(end.charCodeAt(at - 1));
}

/** `3.7]` or `2609)`: token characters up to a closing bracket at the start. */
function startsBeforeClosingBracket(line: string): boolean {
  const limit = Math.min(line.length, TAIL);
  for (let i = 0; i < limit; i++) {
    const code = line.charCodeAt(i);
    if (code === 93 || code === 41) return i > 0;
    if (!isTokenChar(code)) return false;
  }
  return false;
}

/** Whether `next` continues the token that `end` (the text so far) cut off. */
function continuesToken(end: string, next: string): boolean {
  const last = end.charCodeAt(end.length - 1);
  const beforeLast = end.charCodeAt(end.length - 2);
  const first = next.charCodeAt(0);
  // 5.7. | 606 and 203.0.113. | 7
  if (last === 46 && isDigit(beforeLast) && isDigit(first)) return true;
  // 203.0.113 | .7
  if (isDigit(last) && first === 46 && isDigit(next.charCodeAt(1))) return true;
  // SC- | 001
  if (last === 45 && isDigit(first) && endsWithLegacyPrefix(end)) return true;
  return endsInsideBracket(end) && startsBeforeClosingBracket(next);
}

/**
 * Removes quote marks and indentation, then joins the lines whose break cut a token in two.
 * Linear: only a bounded tail of the current line is ever re-read.
 */
export function rejoinWrappedLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  // The line being built: its first piece, and the later ones once a cut token is rejoined (an
  // array only then: this runs on every line of the paste).
  let first: string | undefined;
  let rest: string[] | undefined;
  // The text so far: the line itself, or the last TAIL characters once lines are joined.
  let end = '';
  const finish = () => {
    if (first === undefined) return;
    out.push(rest ? first + rest.join('') : first);
  };
  for (const raw of lines) {
    const line = unquoted(raw);
    if (first !== undefined && line !== '' && end !== '' && continuesToken(end, line)) {
      rest ??= [];
      rest.push(line);
      end = (end + line).slice(-TAIL);
      continue;
    }
    finish();
    first = line;
    rest = undefined;
    end = line;
  }
  finish();
  return out;
}
