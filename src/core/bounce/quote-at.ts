/**
 * The text as written where `needle` was found in its lower-case copy. Lower-casing can change
 * the length of some characters; then the offsets no longer match and the needle itself is used.
 */
export function quoteAt(text: string, lower: string, at: number, needle: string): string {
  return text.length === lower.length ? text.slice(at, at + needle.length) : needle;
}
