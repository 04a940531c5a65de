import type { PlannedField } from '../forms/form-map';
import { userClick } from './dom-events';
import type { Filler } from './filler';
import { matchOption } from './match-option';
import { normalizeText, ownText } from './text-match';
import { waitFor } from './wait-for';

/** How long a custom dropdown may take to show its options once opened. */
const OPTIONS_TIMEOUT_MS = 1500;

/** The option text last chosen per combobox and value: a combobox shows text, not values. */
const chosen = new WeakMap<Element, { value: string; text: string }>();

function shownText(trigger: Element): string {
  return normalizeText(trigger instanceof HTMLInputElement ? trigger.value : ownText(trigger));
}

/** Options of the listbox the trigger controls, else any visible one (a portal at end of body). */
function visibleOptions(trigger: Element): Element[] | undefined {
  const ids = `${trigger.getAttribute('aria-controls') ?? ''} ${trigger.getAttribute('aria-owns') ?? ''}`;
  const listbox = ids
    .split(/\s+/)
    .map((id) => (id ? document.getElementById(id) : null))
    .find((element) => element !== null);
  const options = [...(listbox ?? document).querySelectorAll('[role=option]')].filter((option) =>
    option.checkVisibility({ visibilityProperty: true }),
  );
  return options.length > 0 ? options : undefined;
}

function key(trigger: Element, name: string): void {
  trigger.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, code: name, bubbles: true, cancelable: true }),
  );
}

function isEqual(trigger: Element, field: PlannedField): boolean {
  const value = String(field.value);
  const shown = shownText(trigger);
  const last = chosen.get(trigger);
  if (last?.value === value && last.text === shown) return true;
  return [value, ...field.texts].some((text) => normalizeText(text) === shown);
}

/**
 * ARIA combobox or listbox button: open it as a user would, wait (bounded) for its options, click
 * the matching one, then check the combobox shows it. Anything else closes it again untouched.
 */
export const comboboxFiller: Filler = {
  isEqual,
  async apply(trigger, field) {
    if (trigger instanceof HTMLElement) trigger.focus({ preventScroll: true });
    userClick(trigger);
    let options = await waitFor(() => visibleOptions(trigger), OPTIONS_TIMEOUT_MS / 2);
    if (!options) {
      // Inputs with a popup list often open from the keyboard only.
      key(trigger, 'ArrowDown');
      options = await waitFor(() => visibleOptions(trigger), OPTIONS_TIMEOUT_MS / 2);
    }
    const option = options
      ? matchOption(options, field, (o) => o.getAttribute('data-value') ?? o.getAttribute('value'))
      : 'none';
    if (option === 'none' || option === 'ambiguous') {
      key(trigger, 'Escape');
      return option === 'none' ? 'no-option' : 'ambiguous';
    }
    if (option.getAttribute('aria-disabled') === 'true') {
      key(trigger, 'Escape');
      return 'refused';
    }
    chosen.set(trigger, { value: String(field.value), text: normalizeText(ownText(option)) });
    userClick(option);
    if (await waitFor(() => isEqual(trigger, field) || undefined, OPTIONS_TIMEOUT_MS / 3)) {
      return 'filled';
    }
    key(trigger, 'Escape');
    return 'refused';
  },
};
