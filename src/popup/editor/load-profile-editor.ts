import type { ProfileEditor } from './profile-editor';

type Editor = typeof ProfileEditor;

let pending: Promise<Editor> | undefined;

/**
 * The profile editor, loaded on first use: it brings the time-zone table and the strict checks,
 * which the popup's first paint does not need.
 */
export function loadProfileEditor(): Promise<Editor> {
  pending ??= import('./new-profile-editor').then((module) => module.PopupProfileEditor);
  return pending;
}
