// Webmail pastes carry character references (`&#39;`, `&amp;`) where the bounce had plain text.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  apos: "'",
  gt: '>',
  lt: '<',
  nbsp: ' ',
  quot: '"',
  ndash: '-',
  mdash: '-',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '...',
};

/** A character reference right after an `&`: `#39;`, `#x27;`, `amp;`. */
const REFERENCE = /#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|([a-zA-Z]{2,8});/y;

function decodeReference(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match;
  if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()];
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Decodes the character references a webmail paste carries; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  const out: string[] = [];
  let copiedUpTo = 0;
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', amp + 1)) {
    REFERENCE.lastIndex = amp + 1;
    const match = REFERENCE.exec(text);
    const decoded = match ? decodeReference(match) : undefined;
    if (!match || decoded === undefined) continue;
    out.push(text.slice(copiedUpTo, amp), decoded);
    copiedUpTo = amp + 1 + match[0].length;
  }
  if (copiedUpTo === 0) return text;
  out.push(text.slice(copiedUpTo));
  return out.join('');
}
