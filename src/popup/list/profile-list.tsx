import type { StoredProfile } from '../../core/profile';
import { t } from '../../shared/i18n';

interface Props {
  readonly profiles: readonly StoredProfile[];
  readonly defaultProfileId: string | null;
  readonly selectedId: string | undefined;
  /** Labels the radio group: the id of the heading above the list. */
  readonly labelledBy: string;
  readonly onSelect: (id: string) => void;
  /** Enter on a profile opens it. */
  readonly onEdit: (id: string) => void;
}

export const radioId = (profile: StoredProfile): string => `profile-${profile.id}`;
export const nameId = (profile: StoredProfile): string => `profile-${profile.id}-name`;

/**
 * One radio per profile: arrow keys move the selection, Enter opens the editor. The actions
 * (ProfileActions) act on the selected profile, so a row is only a radio and two lines of text,
 * and a long list stays one Tab stop and cheap to render.
 */
export function ProfileList({
  profiles,
  defaultProfileId,
  selectedId,
  labelledBy,
  onSelect,
  onEdit,
}: Props) {
  return (
    <div role="radiogroup" aria-labelledby={labelledBy}>
      <ul class="profile-list">
        {profiles.map((profile) => {
          const selected = profile.id === selectedId;
          const detailId = `${radioId(profile)}-detail`;
          const detail = [profile.senderDomain, profile.contactEmail].filter(Boolean).join(' · ');
          return (
            <li key={profile.id} class={selected ? 'profile-row selected' : 'profile-row'}>
              <input
                type="radio"
                id={radioId(profile)}
                name="selected-profile"
                checked={selected}
                aria-labelledby={nameId(profile)}
                aria-describedby={detailId}
                onChange={() => onSelect(profile.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    onEdit(profile.id);
                  }
                }}
              />
              <label
                for={radioId(profile)}
                class="profile-label"
                onDblClick={() => onEdit(profile.id)}
              >
                <span class="profile-name" id={nameId(profile)}>
                  {profile.name}
                </span>
                <span class="profile-detail" id={detailId}>
                  {profile.id === defaultProfileId ? (
                    <span class="badge">{t('popupDefaultBadge')}</span>
                  ) : null}
                  {detail}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
