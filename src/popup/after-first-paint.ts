/** Resolves once the popup's first frame is on screen (or after `fallbackMs`, whichever is first). */
const firstPaint = (fallbackMs: number): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    new PerformanceObserver((_entries, observer) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });

let painted: Promise<void> | undefined;

/**
 * Runs `task` after the first paint. Work the first frame does not show (asking the page's content
 * script, preloading code, catching up with storage) would otherwise compete with drawing it: on a
 * two-core machine that delayed the popup's first paint by tens of ms. Returns a cancel function.
 */
export function afterFirstPaint(task: () => void): () => void {
  let cancelled = false;
  painted ??= firstPaint(300);
  void painted.then(() => cancelled || task());
  return () => {
    cancelled = true;
  };
}
