// Mail clients and forums quote (`> `), indent and re-wrap a bounce at a fixed width, which can
// cut an IP or a code in two: `messages from [203.0.11` / `3.7] weren't sent`. Words cut at a
// space need nothing (lines are read joined by a space); only the cuts inside a token are undone.

/** Characters of an IP, a status code or a Microsoft code: `[0-9A-Za-z.:-]`, without a regex
 * call per character (this runs on every line of the paste). */
const isTokenChar = (char: string) => {
  const code = char.charCodeAt(0);
  return (
    (code >= 48 && code <= 58) || // 0-9 and `:`
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 46 ||
    code === 45
  );
};
/** How far back an unfinished bracketed token may start (an IPv6 address is at most 45). */
const TAIL = 64;

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** The line without quote marks (`>`, `> >`), indentation or trailing spaces. */
function unquoted(line: string): string {
  let start = 0;
  while (start < line.length) {
    const code = line.charCodeAt(start);
    // space, tab, `>`, no-break space
    if (code !== 32 && code !== 9 && code !== 62 && code !== 160) break;
    start++;
  }
  return (start === 0 ? line : line.slice(start)).trimEnd();
}

/** `[203.0.11` or `(AS1601`: an opening bracket followed by token characters only, at the end. */
function endsInsideBracket(tail: string): boolean {
  for (let i = tail.length - 1; i >= 0; i--) {
    const char = tail.charAt(i);
    if (char === '[' || char === '(') return true;
    if (!isTokenChar(char)) return false;
  }
  return false;
}

/** `3.7]` or `2609)`: token characters up to a closing bracket at the start. */
function startsBeforeClosingBracket(line: string): boolean {
  const limit = Math.min(line.length, TAIL);
  for (let i = 0; i < limit; i++) {
    const char = line.charAt(i);
    if (char === ']' || char === ')') return i > 0;
    if (!isTokenChar(char)) return false;
  }
  return false;
}

/** Whether `next` continues the token that `tail` (the end of the previous line) cut off. */
function continuesToken(tail: string, next: string): boolean {
  const last = tail.charAt(tail.length - 1);
  const beforeLast = tail.charAt(tail.length - 2);
  const first = next.charAt(0);
  // 5.7. | 606 and 203.0.113. | 7
  if (last === '.' && isDigit(beforeLast) && isDigit(first)) return true;
  // 203.0.113 | .7
  if (isDigit(last) && first === '.' && isDigit(next.charAt(1))) return true;
  // SC- | 001
  if (last === '-' && /(?:^|[^0-9A-Za-z])(?:SC|OU|DY)-$/i.test(tail) && isDigit(first)) return true;
  return endsInsideBracket(tail) && startsBeforeClosingBracket(next);
}

const joined = (pieces: readonly string[]) =>
  pieces.length === 1 ? (pieces[0] ?? '') : pieces.join('');

/**
 * Removes quote marks and indentation, then joins the lines whose break cut a token in two.
 * Linear: only a bounded tail of the current line is ever re-read.
 */
export function rejoinWrappedLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let pieces: string[] = [];
  let tail = '';
  for (const raw of lines) {
    const line = unquoted(raw);
    if (pieces.length > 0 && line !== '' && tail !== '' && continuesToken(tail, line)) {
      pieces.push(line);
      tail = (tail + line).slice(-TAIL);
      continue;
    }
    if (pieces.length > 0) out.push(joined(pieces));
    pieces = [line];
    tail = line.slice(-TAIL);
  }
  if (pieces.length > 0) out.push(joined(pieces));
  return out;
}
