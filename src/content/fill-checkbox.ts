import { userClick } from './dom-events';
import type { Filler } from './filler';

function isChecked(element: Element): boolean {
  return element instanceof HTMLInputElement
    ? element.checked
    : element.getAttribute('aria-checked') === 'true';
}

/** Native or ARIA checkbox: clicked (as a user would) only when its state differs. */
export const checkboxFiller: Filler = {
  isEqual: (element, field) => isChecked(element) === (field.value === true),
  async apply(element, field) {
    userClick(element);
    return isChecked(element) === (field.value === true) ? 'filled' : 'refused';
  },
};
