const HIGHLIGHT_MS = 1500;
/** The page's own inline outline, kept while a highlight shows (also across repeated fills). */
const original = new WeakMap<HTMLElement, { outline: string; offset: string }>();

/** A brief outline on filled fields; the page's own inline style comes back afterwards. */
export function highlight(elements: readonly Element[]): void {
  for (const element of elements) {
    if (!(element instanceof HTMLElement)) continue;
    if (!original.has(element)) {
      original.set(element, {
        outline: element.style.outline,
        offset: element.style.outlineOffset,
      });
    }
    element.style.outline = '2px solid #1a7f37';
    element.style.outlineOffset = '1px';
    setTimeout(() => {
      const saved = original.get(element);
      if (!saved) return;
      original.delete(element);
      element.style.outline = saved.outline;
      element.style.outlineOffset = saved.offset;
    }, HIGHLIGHT_MS);
  }
}
