import { defaultTimezone, ianaTimezones } from '../../core/timezone';
import { t } from '../../shared/i18n';

/** The browser's own zone, or UTC when Microsoft's form has no match for it: a new profile's zone. */
export const browserTimeZone = (): string =>
  defaultTimezone(Intl.DateTimeFormat().resolvedOptions().timeZone);

let zones: readonly string[] | undefined;
/** Every zone the form can take, computed once when the first editor opens. */
const allZones = (): readonly string[] => {
  zones ??= ianaTimezones();
  return zones;
};

interface Props {
  readonly id: string;
  readonly value: string;
  readonly onValue: (zone: string) => void;
  readonly describedBy?: string | undefined;
  readonly invalid: boolean;
  readonly onBlur?: () => void;
}

/** A text field with every IANA zone as suggestions: type "berl" to find Europe/Berlin. */
export function TimezoneField({ id, value, onValue, describedBy, invalid, onBlur }: Props) {
  const listId = `${id}-zones`;
  const zone = browserTimeZone();
  const hintId = `${id}-hint`;
  return (
    <>
      <input
        id={id}
        type="text"
        list={listId}
        autocomplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={invalid}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        onInput={(event) => onValue(event.currentTarget.value)}
        onBlur={onBlur}
      />
      <datalist id={listId}>
        {allZones().map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p class="hint" id={hintId}>
        {value === zone ? t('profileTimezoneIsBrowsers') : t('profileTimezoneBrowserIs', zone)}
        {value === zone ? null : (
          <button type="button" class="link-button" onClick={() => onValue(zone)}>
            {t('profileTimezoneUseBrowsers')}
          </button>
        )}
      </p>
    </>
  );
}
