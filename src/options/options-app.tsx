import { useState } from 'preact/hooks';
import type { StoredProfile } from '../core/profile';
import { ProfileEditor } from '../popup/editor/profile-editor';
import { ProfileActions } from '../popup/list/profile-actions';
import { ProfileList } from '../popup/list/profile-list';
import { StorageProblems } from '../popup/list/storage-problems';
import { UndoBar, useProfileActions } from '../popup/list/use-profile-actions';
import { blankProfile } from '../popup/popup-app';
import { useProfileState } from '../popup/use-profile-state';
import { t } from '../shared/i18n';
import type { ProfileState } from '../shared/storage/profile-store';
import { BackupSection } from './backup-section';
import { KeptAsideSection } from './kept-aside-section';
import { SyncSection } from './sync-section';

type Editing = { profile: StoredProfile; isNew: boolean; focus: boolean } | undefined;

/** Full-width management: every profile with its editor side by side, then backup and sync. */
export function OptionsApp({ initialState }: { initialState: ProfileState }) {
  const state = useProfileState(initialState);
  const [editing, setEditing] = useState<Editing>();
  const [dirty, setDirty] = useState(false);
  const [blocked, setBlocked] = useState('');

  const open = (next: Editing) => {
    if (dirty && editing && next?.profile.id !== editing.profile.id) {
      setBlocked(t('optionsFinishEditingFirst', editing.profile.name || t('popupNewProfileTitle')));
      return;
    }
    setBlocked('');
    setEditing(next);
  };
  const selected =
    editing && !editing.isNew ? state.profiles.find((p) => p.id === editing.profile.id) : undefined;
  const list = useProfileActions(state, (profile) => open({ profile, isNew: false, focus: true }));

  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('optionsHeading')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <main>
        <StorageProblems
          problems={state.problems.filter((p) => p.kind !== 'kept-aside')}
          compact={false}
        />
        <div class="manage">
          <section class="card profiles" aria-labelledby="profiles-heading">
            <div class="card-title">
              <h2 id="profiles-heading">{t('popupProfilesHeading')}</h2>
              <button
                type="button"
                id="new-profile"
                class="primary"
                onClick={() => open({ profile: blankProfile(), isNew: true, focus: true })}
              >
                {t('popupNewProfile')}
              </button>
            </div>
            {state.profiles.length === 0 ? <p class="hint">{t('optionsNoProfiles')}</p> : null}
            <ProfileList
              profiles={state.profiles}
              defaultProfileId={state.defaultProfileId}
              selectedId={editing?.profile.id}
              labelledBy="profiles-heading"
              onSelect={(id) => {
                const profile = state.profiles.find((p) => p.id === id);
                if (profile) open({ profile, isNew: false, focus: false });
              }}
              onEdit={list.actions.onEdit}
            />
            {selected ? (
              <ProfileActions
                profile={selected}
                isDefault={selected.id === state.defaultProfileId}
                {...list.actions}
                onDelete={(id) => {
                  // The editor closes with the profile it shows; Undo brings both back.
                  setEditing(undefined);
                  setDirty(false);
                  list.actions.onDelete(id);
                }}
              />
            ) : null}
            {blocked ? (
              <p class="notice warning" role="alert">
                {blocked}
              </p>
            ) : null}
            <UndoBar undo={list.undo} message={list.message} onDismiss={list.dismiss} />
          </section>
          <section class="card editor-card" aria-label={t('optionsEditorRegion')}>
            {editing ? (
              <ProfileEditor
                key={`${editing.profile.id}@${editing.profile.updatedAt}`}
                profile={editing.profile}
                isNew={editing.isNew}
                localOnly={state.localOnly[editing.profile.id]}
                onDirtyChange={setDirty}
                focusOnOpen={editing.focus}
                onClose={(saved) => {
                  setDirty(false);
                  setBlocked('');
                  setEditing(saved ? { profile: saved, isNew: false, focus: false } : undefined);
                }}
              />
            ) : (
              <p class="hint">{t('optionsPickProfile')}</p>
            )}
          </section>
        </div>
        <BackupSection state={state} />
        <SyncSection state={state} />
        <KeptAsideSection problems={state.problems} />
      </main>
    </div>
  );
}
