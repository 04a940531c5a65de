import type { FieldKind, FieldValue, Locator, PlannedField } from '../../../src/forms/form-map';

/** Replaces the test page's body with static markup. */
export function page(html: string): void {
  document.body.innerHTML = html;
}

export function el<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} on the test page`);
  return found;
}

/** happy-dom has no layout: tests mark what a browser would not render. */
export function hide(selector: string): void {
  el(selector).checkVisibility = () => false;
}

/** Records the events a page would see, as `type:id`. */
export function recordEvents(types: string[]): string[] {
  const seen: string[] = [];
  for (const type of types) {
    document.addEventListener(
      type,
      (e) => seen.push(`${e.type}:${(e.target as Element).id}`),
      true,
    );
  }
  return seen;
}

export function field(
  kind: FieldKind,
  value: FieldValue,
  locators: Locator[] = [{ by: 'id', value: 'f' }],
  texts: string[] = [],
): PlannedField {
  return { key: 'f', kind, locators, value, texts };
}

/** The test page's address (happy-dom). */
export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
