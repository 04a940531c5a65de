/**
 * Visits each match of a global regex in order and returns the first value `visit` returns (or
 * undefined after the last match). Unlike `matchAll`, it reuses the regex instead of copying it
 * and keeps no match alive: the analyzer runs its patterns per bounce, on pastes of megabytes.
 */
export function findMatch<T>(
  regex: RegExp,
  text: string,
  visit: (match: RegExpExecArray) => T | undefined,
): T | undefined {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const result = visit(match);
    if (result !== undefined) return result;
    if (match[0] === '') regex.lastIndex++;
  }
  return undefined;
}
