import type { FieldKind, Locator } from '../forms/form-map';
import { CONTROL_SELECTOR, normalizeText, ownText } from './text-match';

export type Located =
  | { readonly found: Element }
  | { readonly found?: undefined; readonly matches: number };

const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'url', 'search', 'tel']);

/** Whether an element can hold a field of this kind. */
export function fitsKind(element: Element, kind: FieldKind): boolean {
  const role = element.getAttribute('role');
  if (element instanceof HTMLTextAreaElement) return kind === 'text';
  if (element instanceof HTMLSelectElement) return kind === 'select' && !element.multiple;
  if (element instanceof HTMLInputElement) {
    const type = element.getAttribute('type')?.toLowerCase() ?? '';
    if (type === 'checkbox' || type === 'radio') return kind === type;
    if (role === 'combobox' && kind === 'select') return true;
    return kind === 'text' && TEXT_INPUT_TYPES.has(type);
  }
  if (role === 'combobox' || element.getAttribute('aria-haspopup') === 'listbox') {
    return kind === 'select';
  }
  if (role === 'checkbox') return kind === 'checkbox';
  return kind === 'radio' && (role === 'radiogroup' || element instanceof HTMLFieldSetElement);
}

function isVisible(element: Element): boolean {
  return element.checkVisibility({ visibilityProperty: true });
}

/** A label's target: the control itself, or the one control inside a labelled wrapper. */
function resolveControl(element: Element): Element {
  if (element.matches(CONTROL_SELECTOR)) return element;
  const inner = element.querySelectorAll(CONTROL_SELECTOR);
  return inner.length === 1 && inner[0] ? inner[0] : element;
}

function byLabelText(wanted: Set<string>): Element[] {
  const found: Element[] = [];
  for (const label of document.querySelectorAll('label')) {
    if (!wanted.has(normalizeText(ownText(label)))) continue;
    const target = label.htmlFor
      ? document.getElementById(label.htmlFor)
      : label.querySelector(CONTROL_SELECTOR);
    if (target) found.push(target);
  }
  for (const element of document.querySelectorAll('[aria-labelledby]')) {
    const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
    // A combobox often lists itself after its label (label, then the current value).
    const names = ids
      .map((id) => document.getElementById(id))
      .filter((name): name is HTMLElement => name !== null && name !== element);
    if (names.some((name) => wanted.has(normalizeText(ownText(name))))) found.push(element);
  }
  return found;
}

function candidates(locator: Locator): Element[] {
  if (locator.by === 'id') return [...document.querySelectorAll(`#${CSS.escape(locator.value)}`)];
  if (locator.by === 'name') {
    return [...document.querySelectorAll(`[name="${CSS.escape(locator.value)}"]`)];
  }
  const wanted = new Set(locator.texts.map(normalizeText));
  if (locator.by === 'label') return byLabelText(wanted);
  return [...document.querySelectorAll('[aria-label]')].filter((element) =>
    wanted.has(normalizeText(element.getAttribute('aria-label') ?? '')),
  );
}

/** Radio buttons sharing a name are one field: keep the first of each group. */
function oneRadioPerGroup(elements: Element[]): Element[] {
  const seen = new Set<string>();
  return elements.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) {
      return true;
    }
    if (seen.has(element.name)) return false;
    seen.add(element.name);
    return true;
  });
}

/**
 * The one visible element of the right kind the first matching locator finds. Several matches
 * stop the search: the field is ambiguous and must not be guessed.
 */
export function locateField(kind: FieldKind, locators: readonly Locator[]): Located {
  for (const locator of locators) {
    let fit = [...new Set(candidates(locator).map(resolveControl))].filter(
      (element) => fitsKind(element, kind) && isVisible(element),
    );
    if (kind === 'radio') fit = oneRadioPerGroup(fit);
    if (fit.length === 1 && fit[0]) return { found: fit[0] };
    if (fit.length > 1) return { matches: fit.length };
  }
  return { matches: 0 };
}
