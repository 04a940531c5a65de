import type { StoredProfile } from '../../core/profile';
import { t } from '../../shared/i18n';

/** Case-insensitive match on the name, the sender domain, the contact address and the IP list. */
export function matchesFilter(profile: StoredProfile, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return [profile.name, profile.senderDomain, profile.contactEmail, profile.ipList].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

export function ProfileFilter({
  value,
  onValue,
}: {
  value: string;
  onValue: (text: string) => void;
}) {
  return (
    <div class="filter">
      <label for="profile-filter" class="visually-hidden">
        {t('popupFilterLabel')}
      </label>
      <input
        id="profile-filter"
        type="search"
        placeholder={t('popupFilterLabel')}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onValue('');
          }
        }}
      />
    </div>
  );
}
