/**
 * While a fill runs, no form on the page may be submitted: clicking a custom dropdown that is a
 * `<button>` without a type is a submit click in HTML. Returns the function that ends the block.
 */
export function blockSubmit(): () => void {
  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('submit', stop, true);
  return () => window.removeEventListener('submit', stop, true);
}
