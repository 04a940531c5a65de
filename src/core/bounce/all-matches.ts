/**
 * Every match of a global regex. Unlike `matchAll`, which copies the regex on each call, this
 * reuses it: the analyzer runs its patterns once per bounce, thousands of times on a long log.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    matches.push(match);
    if (match[0] === '') regex.lastIndex++;
  }
  return matches;
}
