/**
 * Serialises read-modify-write cycles on the profile store. The popup, the options page and the
 * background are separate documents of the same extension origin, so the Web Locks API gives one
 * queue across all of them; where it is missing (unit tests) an in-process queue stands in.
 */
const LOCK_NAME = 'delist-assistant-profile-store';

let localQueue: Promise<unknown> = Promise.resolve();

export function withStorageLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return locks.request(LOCK_NAME, task) as Promise<T>;
  const run = localQueue.then(task, task);
  localQueue = run.catch(() => undefined);
  return run;
}
