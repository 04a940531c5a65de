import { t } from '../../shared/i18n';

/** The browser's own zone: what a new profile starts with. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

let zones: readonly string[] | undefined;
const allZones = (): readonly string[] => {
  zones ??= Intl.supportedValuesOf('timeZone');
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
