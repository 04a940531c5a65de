import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { createProfile, type StoredProfile } from '../core/profile';
import { t } from '../shared/i18n';
import type { ProfileState } from '../shared/storage/profile-store';
import { loadProfileEditor } from './editor/load-profile-editor';
import type { ProfileEditor } from './editor/profile-editor';
import { focusWhenPresent } from './focus-when-present';
import { Icon } from './icons';
import { MainView } from './main-view';
import type { SelectedProfileActions } from './selected-profile-actions';
import { useProfileState } from './use-profile-state';

export interface PopupPanels {
  /** The fill section at the top of the main view; gets the selected profile. */
  readonly fillPanel?: (profile: StoredProfile | undefined) => ComponentChildren;
  /** The "Analyze a bounce" entry under the profile list; acts on the selected profile. */
  readonly bouncePanel?: (actions: SelectedProfileActions) => ComponentChildren;
}

type View = { kind: 'main' } | { kind: 'edit'; profile: StoredProfile; isNew: boolean };

/** A new profile's starting values: empty, in the browser's time zone. */
export const blankProfile = (): StoredProfile =>
  createProfile({ timezone: Intl.DateTimeFormat().resolvedOptions().timeZone });

/** The profile editor once loaded; nothing is shown for the few ms that takes. */
function useProfileEditor(wanted: boolean): typeof ProfileEditor | undefined {
  const [editor, setEditor] = useState<{ component: typeof ProfileEditor }>();
  useEffect(() => {
    if (wanted && !editor) void loadProfileEditor().then((component) => setEditor({ component }));
  }, [wanted, editor]);
  return editor?.component;
}

export function PopupApp({
  initialState,
  ...panels
}: PopupPanels & { initialState: ProfileState }) {
  const state = useProfileState(initialState);
  const [view, setView] = useState<View>({ kind: 'main' });
  const Editor = useProfileEditor(view.kind === 'edit');
  const [selectedId, setSelectedId] = useState<string>();
  const returnFocus = useRef<string | undefined>(undefined);
  const openEditor = (profile: StoredProfile, isNew: boolean) => {
    returnFocus.current = isNew ? 'new-profile' : `profile-${profile.id}`;
    setView({ kind: 'edit', profile, isNew });
  };
  const closeEditor = (saved?: StoredProfile) => {
    if (saved) setSelectedId(saved.id);
    setView({ kind: 'main' });
    const target = saved ? `profile-${saved.id}` : returnFocus.current;
    if (target) focusWhenPresent(target);
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        {state.profiles.length > 0 && view.kind === 'main' ? (
          <button
            type="button"
            id="new-profile"
            class="primary"
            onClick={() => openEditor(blankProfile(), true)}
          >
            {t('popupNewProfile')}
          </button>
        ) : null}
        <button
          type="button"
          class="icon-button"
          title={t('popupOpenOptions')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <Icon name="settings" />
          <span class="visually-hidden">{t('popupOpenOptions')}</span>
        </button>
      </header>
      {view.kind === 'edit' ? (
        <main>
          {Editor ? (
            <Editor
              key={view.profile.id}
              profile={view.profile}
              isNew={view.isNew}
              localOnly={state.localOnly[view.profile.id]}
              onClose={closeEditor}
            />
          ) : null}
        </main>
      ) : (
        <MainView
          state={state}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onNew={() => openEditor(blankProfile(), true)}
          onEdit={(profile) => openEditor(profile, false)}
          {...panels}
        />
      )}
    </div>
  );
}
