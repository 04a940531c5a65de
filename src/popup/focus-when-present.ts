/**
 * Moves focus to the element with `id` as soon as it is in the document: after a save or an undo,
 * the row appears only once the store's change has been rendered. Gives up after `timeoutMs`.
 */
export function focusWhenPresent(id: string, timeoutMs = 2000): void {
  const now = document.getElementById(id);
  if (now) {
    now.focus();
    return;
  }
  const observer = new MutationObserver(() => {
    const element = document.getElementById(id);
    if (!element) return;
    observer.disconnect();
    element.focus();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), timeoutMs);
}
