import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredProfile } from '../../core/profile';
import { t } from '../../shared/i18n';
import {
  type DeletedProfile,
  deleteProfile,
  duplicateProfile,
  type ProfileState,
  restoreProfile,
  setDefaultProfile,
} from '../../shared/storage/profile-store';
import { focusWhenPresent } from '../focus-when-present';
import type { ProfileActionHandlers } from './profile-actions';

/** The list's row actions, with undo for delete and a status line for what happened. */
export function useProfileActions(state: ProfileState, onEdit: (profile: StoredProfile) => void) {
  const [undo, setUndo] = useState<DeletedProfile>();
  const [message, setMessage] = useState('');
  const find = (id: string) => state.profiles.find((p) => p.id === id);
  const report = (result: { ok: true } | { ok: false; error: { message: string } }, done: string) =>
    setMessage(result.ok ? done : result.error.message);

  const actions: ProfileActionHandlers = {
    onEdit: (id) => {
      const profile = find(id);
      if (profile) onEdit(profile);
    },
    onDuplicate: async (id) => {
      const result = await duplicateProfile(id);
      setUndo(undefined);
      report(result, result.ok ? t('popupDuplicated', result.value.name) : '');
    },
    onDelete: async (id) => {
      const result = await deleteProfile(id);
      if (result.ok) {
        setUndo(result.value);
        setMessage(t('popupDeleted', result.value.profile.name));
      } else report(result, '');
    },
    onSetDefault: async (id) => {
      const result = await setDefaultProfile(id);
      setUndo(undefined);
      report(result, t('popupDefaultSet', find(id)?.name ?? ''));
    },
  };

  const restore = async () => {
    if (!undo) return;
    const result = await restoreProfile(undo);
    setUndo(undefined);
    report(result, t('popupRestored', undo.profile.name));
    if (result.ok) focusWhenPresent(`profile-${undo.profile.id}`);
  };

  return {
    actions,
    undo: undo ? restore : undefined,
    message,
    dismiss: () => {
      setUndo(undefined);
      setMessage('');
    },
  };
}

/** The status line under the list; after a delete it offers Undo and takes focus on it. */
export function UndoBar({
  undo,
  message,
  onDismiss,
}: {
  undo: (() => void) | undefined;
  message: string;
  onDismiss: () => void;
}) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);
  return (
    <div class="status-bar" role="status" aria-live="polite">
      {message ? (
        <>
          <span>{message}</span>
          {undo ? (
            <button type="button" ref={undoButton} onClick={undo}>
              {t('popupUndo')}
            </button>
          ) : null}
          <button type="button" class="icon-button" onClick={onDismiss} title={t('popupDismiss')}>
            <span aria-hidden="true">×</span>
            <span class="visually-hidden">{t('popupDismiss')}</span>
          </button>
        </>
      ) : null}
    </div>
  );
}
