import type { PlannedField } from '../forms/form-map';
import { userClick } from './dom-events';
import type { Filler } from './filler';
import { matchOption } from './match-option';

/** The radio buttons of the group a located element stands for. */
function groupOf(element: Element): HTMLInputElement[] {
  if (element instanceof HTMLInputElement) {
    const scope = element.form ?? document;
    return [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(
      (radio) => radio.name === element.name,
    );
  }
  return [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')];
}

/** A radio's visible text: its label's. */
function withLabels(radios: HTMLInputElement[]): Map<Element, HTMLInputElement> {
  return new Map(radios.map((radio) => [radio.labels?.[0] ?? radio, radio]));
}

function target(element: Element, field: PlannedField) {
  const byLabel = withLabels(groupOf(element));
  const found = matchOption([...byLabel.keys()], field, (label) =>
    (byLabel.get(label) ?? label).getAttribute('value'),
  );
  return typeof found === 'string' ? found : byLabel.get(found);
}

/** Radio group: the radio whose value or label matches is clicked, as a user would. */
export const radioFiller: Filler = {
  isEqual(element, field) {
    const radio = target(element, field);
    return typeof radio === 'object' && radio.checked;
  },
  async apply(element, field) {
    const radio = target(element, field);
    if (radio === 'none' || radio === undefined) return 'no-option';
    if (radio === 'ambiguous') return 'ambiguous';
    if (radio.disabled) return 'refused';
    userClick(radio);
    return radio.checked ? 'filled' : 'refused';
  },
};
