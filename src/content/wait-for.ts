/**
 * Resolves with `check()`'s first truthy answer, re-checked after DOM changes, or with undefined
 * after `timeoutMs`. One observer, always disconnected when done.
 */
export function waitFor<T>(check: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const first = check();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const finish = (result: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    };
    const observer = new MutationObserver(() => {
      const result = check();
      if (result) finish(result);
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'aria-expanded', 'aria-hidden'],
    });
    const timer = setTimeout(() => finish(undefined), timeoutMs);
  });
}

/**
 * After the next frame has been painted, so the page's own updates (a framework re-rendering from
 * its state) have run. Background tabs paint no frames, hence the timer.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
