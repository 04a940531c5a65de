import type { PlannedField } from '../forms/form-map';
import { fire, setNativeValue, signalFocus } from './dom-events';
import type { Filler } from './filler';
import { matchOption } from './match-option';

function target(select: HTMLSelectElement, field: PlannedField) {
  // Only an explicit value attribute counts as a value: an option without one is matched by text.
  return matchOption([...select.options], field, (option) => option.getAttribute('value'));
}

/** Native `<select>`: the matching option chosen as a user would, with input and change. */
export const selectFiller: Filler = {
  isEqual(element, field) {
    const option = target(element as HTMLSelectElement, field);
    return typeof option !== 'string' && option.selected;
  },
  async apply(element, field) {
    const select = element as HTMLSelectElement;
    const option = target(select, field);
    if (option === 'none') return 'no-option';
    if (option === 'ambiguous') return 'ambiguous';
    if (option.disabled) return 'refused';
    signalFocus(select, true);
    setNativeValue(select, option.value);
    fire(select, 'input');
    fire(select, 'change');
    signalFocus(select, false);
    return option.selected ? 'filled' : 'refused';
  },
};
