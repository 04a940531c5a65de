// A bounce copied from a message's source is often quoted-printable (`=3D`, soft line breaks `=`
// at the end of a line). Decoded only when the text says so, as `=XX` is legal text elsewhere.

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

const isUpperHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70);
const hexValue = (code: number) => (code <= 57 ? code - 48 : code - 55);

/** The byte of the `=XX` at `at`, read from the character codes: no copy, no parse. */
const byteAt = (text: string, at: number) =>
  hexValue(text.charCodeAt(at + 1)) * 16 + hexValue(text.charCodeAt(at + 2));

/** The run of `=XX` bytes from `start` to `end` decoded; one ASCII byte is the common case. */
function decodeRun(text: string, start: number, end: number): string {
  const code = end - start === 3 ? byteAt(text, start) : 0x80;
  if (code >= 0x80) return decodeQuotedBytes(text.slice(start, end));
  return code < 0x20 ? text.slice(start, end) : String.fromCharCode(code);
}

/**
 * Visits each run of `=XX` bytes (upper-case hex, as `/(?:=[0-9A-F]{2})+/g` would find them). A
 * loop rather than `replace` with a callback, which costs several times more per match.
 */
function eachRun(text: string, visit: (start: number, end: number) => void) {
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
    visit(at, end);
    at = end;
  }
}

/** Each run of `=XX` bytes decoded. */
export function decodeQuotedRuns(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  eachRun(text, (start, end) => {
    out += text.slice(copiedUpTo, start) + decodeRun(text, start, end);
    copiedUpTo = end;
  });
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/**
 * The text to decode when it is quoted-printable (soft line breaks already removed), else
 * undefined.
 */
export function quotedPrintableSource(text: string): string | undefined {
  if (!text.includes('=3D') && !/quoted-printable/i.test(text)) return undefined;
  // Soft line breaks are rarer than `=3D`: skip that pass when there are none.
  const softBreaks =
    (text.includes('\n') && text.includes('=\n')) || (text.includes('\r') && text.includes('=\r'));
  return softBreaks ? text.replace(/=\r?\n/g, '') : text;
}

/**
 * Characters that HTML tag and reference removal react to: `<`, `>`, `/`, `!`, `-`, `&`, `#`,
 * `;`, `:`, ASCII letters and digits, and white space.
 */
const isMarkupChar = (char: string) => /[<>/!\-&#;:0-9A-Za-z]/.test(char) || char.trim() === '';

/** Per ASCII byte, whether its `=XX` decodes to a markup character (control bytes stay raw). */
const MARKUP_BYTE = Array.from(
  { length: 0x80 },
  (_, code) => code >= 0x20 && isMarkupChar(String.fromCharCode(code)),
);

/**
 * Whether no run decodes to a character that HTML tag and reference removal react to. Then a run
 * is read there exactly as its raw `=` would be, so runs may be decoded after the tags are
 * removed, stretch by stretch, instead of copying the whole paste decoded first. One ASCII byte
 * (most runs) is looked up; a lone byte of 0x80 or more is no UTF-8 and stays raw.
 */
export function quotedRunsAreInert(text: string): boolean {
  let inert = true;
  const checked = new Set<string>();
  eachRun(text, (start, end) => {
    if (!inert) return;
    if (end - start === 3) {
      const code = byteAt(text, start);
      if (code < 0x80 && MARKUP_BYTE[code]) inert = false;
      return;
    }
    const decoded = decodeRun(text, start, end);
    if (checked.has(decoded)) return;
    checked.add(decoded);
    for (const char of decoded) if (isMarkupChar(char)) inert = false;
  });
  return inert;
}
