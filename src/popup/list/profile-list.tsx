import type { StoredProfile } from '../../core/profile';
import { t } from '../../shared/i18n';
import { Icon } from '../icons';

export interface ProfileListActions {
  readonly onSelect: (id: string) => void;
  readonly onEdit: (id: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onSetDefault: (id: string) => void;
}

interface Props extends ProfileListActions {
  readonly profiles: readonly StoredProfile[];
  readonly defaultProfileId: string | null;
  readonly selectedId: string | undefined;
  /** Labels the radio group: the id of the heading above the list. */
  readonly labelledBy: string;
}

/**
 * One radio per profile (arrow keys move the selection, Enter opens the editor), with the row's
 * actions after it. The default profile carries a visible "Default" mark instead of the star.
 */
export function ProfileList({
  profiles,
  defaultProfileId,
  selectedId,
  labelledBy,
  ...actions
}: Props) {
  return (
    <div role="radiogroup" aria-labelledby={labelledBy}>
      <ul class="profile-list">
        {profiles.map((profile) => (
          <ProfileRow
            key={profile.id}
            profile={profile}
            isDefault={profile.id === defaultProfileId}
            selected={profile.id === selectedId}
            {...actions}
          />
        ))}
      </ul>
    </div>
  );
}

interface RowProps extends ProfileListActions {
  readonly profile: StoredProfile;
  readonly isDefault: boolean;
  readonly selected: boolean;
}

function ProfileRow({ profile, isDefault, selected, ...actions }: RowProps) {
  const radioId = `profile-${profile.id}`;
  const nameId = `${radioId}-name`;
  const detailId = `${radioId}-detail`;
  const detail = [profile.senderDomain, profile.contactEmail].filter(Boolean).join(' · ');
  return (
    <li class={selected ? 'profile-row selected' : 'profile-row'}>
      <input
        type="radio"
        id={radioId}
        name="selected-profile"
        checked={selected}
        aria-labelledby={nameId}
        aria-describedby={detailId}
        onChange={() => actions.onSelect(profile.id)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            actions.onEdit(profile.id);
          }
        }}
      />
      <label for={radioId} class="profile-label">
        <span class="profile-name" id={nameId}>
          {profile.name}
        </span>
        <span class="profile-detail" id={detailId}>
          {isDefault ? <span class="badge">{t('popupDefaultBadge')}</span> : null}
          {detail}
        </span>
      </label>
      <span class="row-actions">
        {isDefault ? null : (
          <button
            type="button"
            class="icon-button"
            title={t('popupSetAsDefault')}
            onClick={() => actions.onSetDefault(profile.id)}
          >
            <Icon name="star" />
            <span class="visually-hidden">{t('popupSetAsDefault')}</span>
          </button>
        )}
        <button
          type="button"
          class="icon-button"
          title={t('popupEdit')}
          onClick={() => actions.onEdit(profile.id)}
        >
          <Icon name="edit" />
          <span class="visually-hidden">{t('popupEdit')}</span>
        </button>
        <button
          type="button"
          class="icon-button"
          title={t('popupDuplicate')}
          onClick={() => actions.onDuplicate(profile.id)}
        >
          <Icon name="duplicate" />
          <span class="visually-hidden">{t('popupDuplicate')}</span>
        </button>
        <button
          type="button"
          class="icon-button danger"
          title={t('popupDelete')}
          onClick={() => actions.onDelete(profile.id)}
        >
          <Icon name="delete" />
          <span class="visually-hidden">{t('popupDelete')}</span>
        </button>
      </span>
    </li>
  );
}
