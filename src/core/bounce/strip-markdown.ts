// Forums and chat tools turn a pasted bounce into markdown: links become `[text](url)`,
// brackets get backslash escapes, codes get backticks or bold.

/** `https://x/` and `x` name the same thing: compare links without scheme and trailing slash. */
const bare = (link: string) =>
  link
    .replace(/^(?:https?:\/\/|mailto:)/i, '')
    .replace(/\/$/, '')
    .toLowerCase();

/** Undoes markdown links, autolinks, escapes, bold and code marks. Linear in the input. */
export function stripMarkdown(text: string): string {
  let result = text;
  if (result.includes('](')) {
    // Each part stops at the next bracket, parenthesis or space, so every character is read a
    // bounded number of times.
    result = result.replace(/\[([^[\]\n]*)\]\(([^()\s]*)\)/g, (_, label: string, url: string) =>
      url === '' || bare(label) === bare(url) ? label : `${label} (${url})`,
    );
  }
  if (result.includes('<')) result = result.replace(/<((?:https?|mailto):[^\s<>]*)>/gi, '$1');
  if (result.includes('\\')) result = result.replace(/\\([[\]()*_`>#.-])/g, '$1');
  if (result.includes('`') || result.includes('**')) result = result.replace(/\*\*|`/g, '');
  return result;
}
