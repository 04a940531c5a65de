import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
// As in every extension page: zod's settings and English messages.
import '../../src/shared/zod-setup';

// Extension code imports `webextension-polyfill`; in unit tests it is an in-memory fake.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});
