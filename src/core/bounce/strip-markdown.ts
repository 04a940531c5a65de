// Forums and chat tools turn a pasted bounce into markdown: links become `[text](url)`,
// brackets get backslash escapes, codes get backticks or bold.

/** `https://x/` and `x` name the same thing: compare links without scheme and trailing slash. */
const bare = (link: string) =>
  link
    .replace(/^(?:https?:\/\/|mailto:)/i, '')
    .replace(/\/$/, '')
    .toLowerCase();

/** Which markdown marks occur at all in a text: each is then looked for line by line. */
export interface MarkdownMarks {
  /** `]`, as in `[text](url)`. */
  readonly links: boolean;
  /** `<`, as in `<https://x>`. */
  readonly autolinks: boolean;
  /** `\`. */
  readonly escapes: boolean;
  /** `` ` `` or `*`. */
  readonly emphasis: boolean;
}

/**
 * The marks that occur in any of the texts (the pieces of a paste, or its lines): a handful of
 * native searches instead of five per line for marks most pastes never have.
 */
export function markdownMarksIn(texts: readonly string[]): MarkdownMarks {
  const occurs = (char: string) => texts.some((text) => text.includes(char));
  return {
    links: occurs(']'),
    autolinks: occurs('<'),
    escapes: occurs('\\'),
    emphasis: occurs('`') || occurs('*'),
  };
}

/** Whether some `<` is followed by the start of `http` or `mailto`, in any case. */
function mayHoldAutolink(text: string): boolean {
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    const next = text.charCodeAt(lt + 1) | 32;
    if (next === 104 || next === 109) return true;
  }
  return false;
}

/**
 * Undoes markdown links, autolinks, escapes, bold and code marks. Linear in the input. `marks`
 * tells which marks can occur at all.
 */
export function stripMarkdown(text: string, marks: MarkdownMarks): string {
  let result = text;
  if (marks.links && result.includes('](')) {
    // Each part stops at the next bracket, parenthesis or space, so every character is read a
    // bounded number of times.
    result = result.replace(/\[([^[\]\n]*)\]\(([^()\s]*)\)/g, (_, label: string, url: string) =>
      url === '' || bare(label) === bare(url) ? label : `${label} (${url})`,
    );
  }
  if (marks.autolinks && mayHoldAutolink(result)) {
    result = result.replace(/<((?:https?|mailto):[^\s<>]*)>/gi, '$1');
  }
  if (marks.escapes && result.includes('\\')) result = result.replace(/\\([[\]()*_`>#.-])/g, '$1');
  if (marks.emphasis && (result.includes('`') || result.includes('**'))) {
    result = result.replace(/\*\*|`/g, '');
  }
  return result;
}
