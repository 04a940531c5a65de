/** Elements a label can name: the form controls a field may be. */
export const CONTROL_SELECTOR =
  'input:not([type=hidden]),select,textarea,button,[role=combobox],[role=listbox],[role=checkbox],[role=radiogroup]';

/**
 * Text as compared against a map: case, spacing, icon-font glyphs and trailing `*`, `:` or `?`
 * (required marks, punctuation) ignored.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/[\s*:?]+$/, '')
    .trim();
}

/** The text of a label or option without the controls inside it (a nested select's options). */
export function ownText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
    else if (child instanceof Element && !child.matches(CONTROL_SELECTOR)) text += ownText(child);
  }
  return text;
}
