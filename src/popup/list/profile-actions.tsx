import type { StoredProfile } from '../../core/profile';
import { t } from '../../shared/i18n';
import { Icon, type IconName } from '../icons';
import { nameId } from './profile-list';

export interface ProfileActionHandlers {
  readonly onEdit: (id: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onSetDefault: (id: string) => void;
}

interface Props extends ProfileActionHandlers {
  /** The selected profile, which the buttons act on. */
  readonly profile: StoredProfile;
  readonly isDefault: boolean;
}

/** The buttons for the selected profile, under the list; each is described by the profile's name. */
export function ProfileActions({ profile, isDefault, ...handlers }: Props) {
  const button = (icon: IconName, label: string, onClick: (id: string) => void, extra = '') => (
    <button
      type="button"
      class={`action ${extra}`}
      aria-describedby={nameId(profile)}
      onClick={() => onClick(profile.id)}
    >
      <Icon name={icon} />
      {label}
    </button>
  );
  return (
    <div class="profile-actions">
      {button('edit', t('popupEdit'), handlers.onEdit)}
      {button('duplicate', t('popupDuplicate'), handlers.onDuplicate)}
      {button('delete', t('popupDelete'), handlers.onDelete, 'danger')}
      {isDefault ? null : button('star', t('popupSetAsDefault'), handlers.onSetDefault)}
    </div>
  );
}
