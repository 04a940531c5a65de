// Webmail pastes can carry HTML. Only tags with known HTML names are removed, so SMTP's own
// angle brackets (`RCPT TO:<alice@example.com>`) survive. One pass, no DOM (core is pure).

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'title',
  'tr',
  'ul',
]);

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'body',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'del',
  'em',
  'font',
  'head',
  'html',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'link',
  'mark',
  'meta',
  'nobr',
  'o:p',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'td',
  'th',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** Tags whose content is not text. */
const SKIPPED_CONTENT = new Set(['script', 'style']);

const isNameChar = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 58;

/** Reads `<name` / `</name` at `lt`; undefined when it is not one of the known tags. */
function tagAt(text: string, lt: number): { name: string; closing: boolean } | undefined {
  let start = lt + 1;
  const closing = text.charCodeAt(start) === 47;
  if (closing) start++;
  let end = start;
  while (end < text.length && end - start <= 10 && isNameChar(text.charCodeAt(end))) end++;
  const name = text.slice(start, end).toLowerCase();
  if (!BLOCK_TAGS.has(name) && !INLINE_TAGS.has(name) && !SKIPPED_CONTENT.has(name)) return;
  const after = text.charAt(end);
  if (after !== '>' && after !== '/' && after.trim() !== '') return;
  return { name, closing };
}

/** Removes HTML tags and comments; block tags become line breaks, table cells spaces. */
export function stripHtmlTags(text: string): string {
  if (!text.includes('<')) return text;
  const out: string[] = [];
  let copiedUpTo = 0;
  let from = 0;
  let commentsClosed = true;
  const unclosed = new Set<string>();
  for (let lt = text.indexOf('<', from); lt !== -1; lt = text.indexOf('<', from)) {
    if (commentsClosed && text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) {
        // No comment is ever closed after this point: every later `<!--` is plain text.
        commentsClosed = false;
        from = lt + 1;
        continue;
      }
      out.push(text.slice(copiedUpTo, lt));
      copiedUpTo = from = end + 3;
      continue;
    }
    const tag = tagAt(text, lt);
    if (!tag) {
      from = lt + 1;
      continue;
    }
    const gt = text.indexOf('>', lt);
    // No `>` anywhere after: nothing later can be a tag either.
    if (gt === -1) break;
    out.push(text.slice(copiedUpTo, lt));
    if (BLOCK_TAGS.has(tag.name)) out.push('\n');
    else if (tag.name === 'td' || tag.name === 'th') out.push(' ');
    copiedUpTo = from = gt + 1;
    if (SKIPPED_CONTENT.has(tag.name) && !tag.closing && !unclosed.has(tag.name)) {
      const endTag = new RegExp(`</${tag.name}`, 'gi');
      endTag.lastIndex = from;
      const close = endTag.exec(text)?.index ?? -1;
      // Remember a missing end tag so that repeated open tags do not rescan the rest.
      if (close === -1) unclosed.add(tag.name);
      else copiedUpTo = from = close;
    }
  }
  if (copiedUpTo === 0) return text;
  out.push(text.slice(copiedUpTo));
  return out.join('');
}

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
