import { useEffect, useRef } from 'preact/hooks';
import type { StoredProfile } from '../../core/profile';
import { t } from '../../shared/i18n';
import type { StoreError } from '../../shared/storage/profile-store';

export type Pending =
  | { kind: 'none' }
  | { kind: 'discard' }
  | { kind: 'conflict'; current?: StoredProfile | undefined }
  | { kind: 'error'; error: StoreError };

interface Props {
  readonly pending: Pending;
  readonly onDiscard: () => void;
  readonly onKeepEditing: () => void;
  readonly onOverwrite: () => void;
  readonly onLoadTheirs: (current: StoredProfile) => void;
}

/**
 * The editor's questions and refusals, above its buttons: unsaved changes on close, an edit made
 * in another window, or a storage error. The first button takes focus so Enter answers it.
 */
export function EditorNotice({
  pending,
  onDiscard,
  onKeepEditing,
  onOverwrite,
  onLoadTheirs,
}: Props) {
  const first = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the answer each time a question appears
  useEffect(() => first.current?.focus(), [pending]);
  if (pending.kind === 'none') return null;
  if (pending.kind === 'error') {
    return (
      <div class="notice error" role="alert">
        <p>{pending.error.message}</p>
      </div>
    );
  }
  if (pending.kind === 'discard') {
    return (
      <div class="notice" role="alertdialog" aria-labelledby="discard-text">
        <p id="discard-text">{t('popupUnsavedChanges')}</p>
        <button type="button" ref={first} onClick={onKeepEditing}>
          {t('popupKeepEditing')}
        </button>
        <button type="button" class="danger" onClick={onDiscard}>
          {t('popupDiscardChanges')}
        </button>
      </div>
    );
  }
  const current = pending.current;
  return (
    <div class="notice warning" role="alertdialog" aria-labelledby="conflict-text">
      <p id="conflict-text">
        {current ? t('popupConflict', current.name) : t('popupDeletedElsewhere')}
      </p>
      <button type="button" ref={first} onClick={onOverwrite}>
        {current ? t('popupKeepMine') : t('popupSaveAgain')}
      </button>
      {current ? (
        <button type="button" onClick={() => onLoadTheirs(current)}>
          {t('popupLoadTheirs')}
        </button>
      ) : null}
    </div>
  );
}
