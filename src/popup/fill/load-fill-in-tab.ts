import type { fillInTab } from '../../shared/fill/fill-in-tab';

let pending: Promise<typeof fillInTab> | undefined;

/**
 * The plan builder (form maps, the time-zone table) stays out of the popup's startup code. On a
 * supported page it is fetched right after the first paint, so the Fill click does not wait.
 */
export function loadFillInTab(): Promise<typeof fillInTab> {
  pending ??= import('../../shared/fill/fill-in-tab').then((module) => module.fillInTab);
  return pending;
}
