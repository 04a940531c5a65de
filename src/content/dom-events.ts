/** A bubbling event of the kind the user's own typing or choosing would send. */
export function fire(element: Element, type: 'input' | 'change'): void {
  element.dispatchEvent(new Event(type, { bubbles: true }));
}

/**
 * The focus events a user's visit to the field sends, without moving focus: a real focus() and
 * blur() per field costs a layout each, several milliseconds on a busy page.
 */
export function signalFocus(element: Element, entering: boolean): void {
  element.dispatchEvent(new FocusEvent(entering ? 'focus' : 'blur'));
  element.dispatchEvent(new FocusEvent(entering ? 'focusin' : 'focusout', { bubbles: true }));
}

/**
 * Sets `value` through the element's prototype setter, so frameworks that wrap the instance's
 * own `value` property (React's value tracker) see the new value as a user's change.
 */
export function setNativeValue(
  element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

/**
 * The pointer, mouse and click events of a real click: custom dropdowns open on any of them
 * (mousedown for some libraries, pointerdown or click for others).
 */
export function userClick(element: Element): void {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  element.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  element.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse' }));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.dispatchEvent(new MouseEvent('click', init));
}

/** Read-only or disabled, by HTML or ARIA: such fields are left as the page set them. */
export function isLocked(element: Element): boolean {
  if (element.matches(':disabled')) return true;
  if (
    (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) &&
    element.readOnly
  ) {
    return true;
  }
  return (
    element.getAttribute('aria-readonly') === 'true' ||
    element.getAttribute('aria-disabled') === 'true'
  );
}
