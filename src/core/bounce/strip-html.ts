// Webmail pastes can carry HTML. Only tags with known HTML names are removed, so SMTP's own
// angle brackets (`RCPT TO:<alice@example.com>`) survive. One pass, no DOM (core is pure).

import { decodeEntities } from './decode-entities';

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

/**
 * The longest text a reference takes after its `&` (`#1114111;`, `#x10FFFF;`, 8 letters and `;`):
 * whether one matches depends on these characters only.
 */
const REFERENCE_REACH = 9;

/**
 * Whether the stretch ends in what may be the start of a reference: an `&` among its last
 * REFERENCE_REACH characters with no `;` after it (every reference ends at a `;`, so one before
 * the cut is decided by the stretch alone). Reads only those last characters.
 */
function endsInReferenceStart(stretch: string): boolean {
  const end = stretch.length;
  for (let at = end - 1; at >= 0 && at >= end - REFERENCE_REACH; at--) {
    const code = stretch.charCodeAt(at);
    if (code === 59) return false;
    if (code === 38) return true;
  }
  return false;
}

/** What becomes of each kept stretch of text: kept as it is, or decoded. */
type Stretch = (raw: string) => string;

/**
 * Removes HTML tags and comments; block tags become line breaks, table cells spaces. Each kept
 * stretch of text goes through `decode` (for instance character references), which saves a
 * second full-size copy of the paste. Decoding gives up (undefined) when a stretch ends in what may
 * be the start of a reference, as that could run on past the removed tag.
 */
function removeTags(text: string, decode?: Stretch): string[] | undefined {
  const out: string[] = [];
  let copiedUpTo = 0;
  let from = 0;
  let commentsClosed = true;
  const unclosed = new Set<string>();
  const keep = (end: number): boolean => {
    const stretch = text.slice(copiedUpTo, end);
    if (!decode) {
      out.push(stretch);
      return true;
    }
    const decoded = decode(stretch);
    if (endsInReferenceStart(decoded)) return false;
    out.push(decodeEntities(decoded));
    return true;
  };
  for (let lt = text.indexOf('<', from); lt !== -1; lt = text.indexOf('<', from)) {
    if (commentsClosed && text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) {
        // No comment is ever closed after this point: every later `<!--` is plain text.
        commentsClosed = false;
        from = lt + 1;
        continue;
      }
      if (!keep(lt)) return;
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
    if (!keep(lt)) return;
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
  const rest = text.slice(copiedUpTo);
  out.push(decode ? decodeEntities(decode(rest)) : rest);
  return out;
}

/** Removes HTML tags and comments; block tags become line breaks, table cells spaces. */
function stripHtmlTags(text: string): string {
  return (removeTags(text) ?? [text]).join('');
}

const asWritten: Stretch = (raw) => raw;

/**
 * The text with HTML tags and comments removed, then character references decoded, as pieces
 * to read in order: joining them would copy the whole paste once more. `decode` is applied to the
 * text first, stretch by stretch; the caller makes sure it cannot add or remove a tag, comment or
 * reference (see cleanBounceLines).
 */
export function stripHtml(text: string, decode: Stretch = asWritten): string[] {
  if (!text.includes('<')) return [decodeEntities(decode(text))];
  return removeTags(text, decode) ?? [decodeEntities(stripHtmlTags(decode(text)))];
}
