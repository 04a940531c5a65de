import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_CHROME = resolve(ROOT, 'dist/chrome');
export const DIST_FIREFOX = resolve(ROOT, 'dist/firefox');
export const FIXTURES = resolve(ROOT, 'test/fixtures');

/** The real Microsoft host the practice form is served as. */
export const FORM_HOST = 'olcsupport.office.com';
/** An https host the extension has no business on. */
export const OTHER_HOST = 'unrelated.example.com';
export const MAPPED_HOSTS = [FORM_HOST, OTHER_HOST] as const;
