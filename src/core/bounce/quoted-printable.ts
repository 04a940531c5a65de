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

/** One `=XX` at `at`, read from the character codes: the common case, without a copy or parse. */
function decodeQuotedByte(text: string, at: number): string {
  const code = hexValue(text.charCodeAt(at + 1)) * 16 + hexValue(text.charCodeAt(at + 2));
  if (code < 0x20) return text.slice(at, at + 3);
  return code < 0x80 ? String.fromCharCode(code) : decodeQuotedBytes(text.slice(at, at + 3));
}

/**
 * Visits each run of `=XX` bytes (upper-case hex, as `/(?:=[0-9A-F]{2})+/g` would find them) with
 * its decoded text. A loop rather than `replace` with a callback, which costs several times more
 * per match.
 */
function eachRun(text: string, visit: (start: number, end: number, decoded: string) => void) {
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
    const decoded =
      end - at === 3 ? decodeQuotedByte(text, at) : decodeQuotedBytes(text.slice(at, end));
    visit(at, end, decoded);
    at = end;
  }
}

/** Each run of `=XX` bytes decoded. */
export function decodeQuotedRuns(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  eachRun(text, (start, end, decoded) => {
    out += text.slice(copiedUpTo, start) + decoded;
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

/**
 * Whether no run decodes to a character that HTML tag and reference removal react to. Then a run
 * is read there exactly as its raw `=` would be, so runs may be decoded after the tags are
 * removed, stretch by stretch, instead of copying the whole paste decoded first.
 */
export function quotedRunsAreInert(text: string): boolean {
  let inert = true;
  const checked = new Set<string>();
  eachRun(text, (_start, _end, decoded) => {
    if (!inert || checked.has(decoded)) return;
    checked.add(decoded);
    for (const char of decoded) if (isMarkupChar(char)) inert = false;
  });
  return inert;
}
