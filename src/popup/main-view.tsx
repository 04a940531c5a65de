import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredProfile } from '../core/profile';
import { t } from '../shared/i18n';
import type { ProfileState } from '../shared/storage/profile-store';
import { EmptyState } from './list/empty-state';
import { ProfileActions } from './list/profile-actions';
import { matchesFilter, ProfileFilter } from './list/profile-filter';
import { ProfileList } from './list/profile-list';
import { StorageProblems } from './list/storage-problems';
import { UndoBar, useProfileActions } from './list/use-profile-actions';
import type { PopupPanels } from './popup-app';
import { selectedProfileActions } from './selected-profile-actions';

interface Props extends PopupPanels {
  readonly state: ProfileState;
  /** The profile the user picked in this popup; undefined means the default one. */
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onNew: () => void;
  readonly onEdit: (profile: StoredProfile) => void;
}

/** Above this many profiles the list gets a filter field. */
const FILTER_FROM = 7;

/**
 * The popup's main view: the fill panel for the selected profile on top, the profiles in the
 * middle, the bounce analyzer under them.
 */
export function MainView({
  state,
  selectedId,
  onSelect,
  onNew,
  onEdit,
  fillPanel,
  bouncePanel,
}: Props) {
  const [filter, setFilter] = useState('');
  const selected =
    state.profiles.find((p) => p.id === selectedId) ??
    state.profiles.find((p) => p.id === state.defaultProfileId);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const panelActions = useMemo(() => selectedProfileActions(() => selectedRef.current), []);
  const { actions, undo, message, dismiss } = useProfileActions(state, onEdit);
  const shown = useMemo(
    () => state.profiles.filter((profile) => matchesFilter(profile, filter)),
    [state.profiles, filter],
  );

  const hasProfiles = state.profiles.length > 0;
  useLayoutEffect(() => {
    // The popup-paint bench reads this mark: the profile list is in the document.
    if (hasProfiles) performance.mark('popup-profiles-rendered');
  }, [hasProfiles]);

  return (
    <main class="main-view">
      <StorageProblems problems={state.problems} />
      {fillPanel ? <section class="panel panel-fill">{fillPanel(selected)}</section> : null}
      {state.profiles.length === 0 ? (
        <EmptyState onNew={onNew} />
      ) : (
        <section class="panel profiles" aria-labelledby="profiles-heading">
          {/* Element Timing reports when this heading, painted with the list, reaches the screen. */}
          <h2 id="profiles-heading" {...{ elementtiming: 'profile-list' }}>
            {t('popupProfilesHeading')}
          </h2>
          {state.profiles.length >= FILTER_FROM ? (
            <ProfileFilter value={filter} onValue={setFilter} />
          ) : null}
          {shown.length === 0 ? <p class="hint">{t('popupNoMatch')}</p> : null}
          <ProfileList
            profiles={shown}
            defaultProfileId={state.defaultProfileId}
            selectedId={selected?.id}
            labelledBy="profiles-heading"
            onSelect={onSelect}
            onEdit={actions.onEdit}
          />
          {selected ? (
            <ProfileActions
              profile={selected}
              isDefault={selected.id === state.defaultProfileId}
              {...actions}
            />
          ) : null}
        </section>
      )}
      {bouncePanel ? (
        <section class="panel panel-bounce">{bouncePanel(panelActions)}</section>
      ) : null}
      <UndoBar undo={undo} message={message} onDismiss={dismiss} />
    </main>
  );
}
