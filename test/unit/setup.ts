import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

// Extension code imports `webextension-polyfill`; in unit tests it is an in-memory fake.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});

// happy-dom lacks requestIdleCallback, which every supported browser has: idle is the next task.
globalThis.requestIdleCallback ??= (callback) =>
  setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 })) as unknown as number;
globalThis.cancelIdleCallback ??= (handle) => clearTimeout(handle);
