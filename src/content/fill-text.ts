import { fire, setNativeValue, signalFocus } from './dom-events';
import type { Filler } from './filler';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** What the element will hold: textareas store line breaks as \n, inputs drop them. */
function stored(control: TextControl, value: string): string {
  const lines = value.replace(/\r\n?/g, '\n');
  return control instanceof HTMLTextAreaElement ? lines : lines.replace(/\n/g, '');
}

function isEqual(element: Element, value: unknown): boolean {
  const control = element as TextControl;
  return control.value === stored(control, String(value));
}

/** Text inputs and textareas: set as typing would, so page scripts and frameworks take it in. */
export const textFiller: Filler = {
  isEqual: (element, field) => isEqual(element, field.value),
  async apply(element, field) {
    const control = element as TextControl;
    signalFocus(control, true);
    setNativeValue(control, stored(control, String(field.value)));
    fire(control, 'input');
    fire(control, 'change');
    signalFocus(control, false);
    return isEqual(control, field.value) ? 'filled' : 'refused';
  },
};
