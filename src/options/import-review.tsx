import { useEffect, useRef, useState } from 'preact/hooks';
import { validateProfile } from '../core/profile-validation';
import { t } from '../shared/i18n';
import { applyImport, type ClashChoice, type ImportItem } from '../shared/storage/profile-import';

interface Props {
  readonly fileName: string;
  readonly items: readonly ImportItem[];
  readonly onCancel: () => void;
  readonly onDone: (message: string) => void;
}

const CHOICES: readonly { value: ClashChoice; label: () => string }[] = [
  { value: 'keep-both', label: () => t('optionsClashKeepBoth') },
  { value: 'replace', label: () => t('optionsClashReplace') },
  { value: 'skip', label: () => t('optionsClashSkip') },
];

/**
 * What the file holds, profile by profile: added, unchanged, refused (with the reason), or a name
 * clash the user must decide. Nothing is written until "Import", and then in one go.
 */
export function ImportReview({ fileName, items, onCancel, onDone }: Props) {
  const [choices, setChoices] = useState<Record<number, ClashChoice>>({});
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const clashes = items.filter((item) => item.kind === 'clash');
  const writable = items.filter((item) => item.kind === 'new' || item.kind === 'clash');

  async function confirm() {
    const undecided = clashes.find((item) => !choices[item.index]);
    if (undecided) {
      setError(t('optionsClashUndecided'));
      document.getElementById(`clash-${undecided.index}-keep-both`)?.focus();
      return;
    }
    const result = await applyImport(items, choices);
    if (!result.ok) {
      setError(t('optionsImportFailed', result.error.message));
      return;
    }
    const { added, replaced, skipped } = result.value;
    onDone(
      t('optionsImported', [String(added.length), String(replaced.length), String(skipped.length)]),
    );
  }

  return (
    <div class="import-review">
      <h3 tabIndex={-1} ref={heading}>
        {t('optionsReviewHeading', fileName)}
      </h3>
      <ol class="review-list">
        {items.map((item) => (
          <li key={item.index} class={`review-item ${item.kind}`}>
            <ReviewItem
              item={item}
              choice={choices[item.index]}
              onChoose={(choice) => setChoices({ ...choices, [item.index]: choice })}
            />
          </li>
        ))}
      </ol>
      {error ? (
        <p class="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="review-actions">
        <button
          type="button"
          class="primary"
          disabled={writable.length === 0}
          onClick={() => void confirm()}
        >
          {t('optionsImportConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </div>
    </div>
  );
}

function ReviewItem({
  item,
  choice,
  onChoose,
}: {
  item: ImportItem;
  choice: ClashChoice | undefined;
  onChoose: (choice: ClashChoice) => void;
}) {
  const number = String(item.index + 1);
  if (item.kind === 'invalid') {
    return (
      <p>
        <strong>{t('optionsReviewInvalid', [number, item.name ?? ''])}</strong> {item.message}
      </p>
    );
  }
  if (item.kind === 'unchanged')
    return <p>{t('optionsReviewUnchanged', [number, item.profile.name])}</p>;
  const check = validateProfile(item.profile);
  // Storable but incomplete (a draft): imported as it is, and the user learns what to finish.
  const needsFixing = check.ok ? null : (
    <p class="hint">
      {t('optionsReviewNeedsFixing', check.issues.map((issue) => issue.message).join(' '))}
    </p>
  );
  if (item.kind === 'new') {
    return (
      <>
        <p>{t('optionsReviewNew', [number, item.profile.name])}</p>
        {needsFixing}
      </>
    );
  }
  return (
    <fieldset>
      <legend>{t('optionsReviewClash', [number, item.profile.name, item.existing.name])}</legend>
      {CHOICES.map(({ value, label }) => (
        <label key={value} class="choice">
          <input
            type="radio"
            id={`clash-${item.index}-${value}`}
            name={`clash-${item.index}`}
            checked={choice === value}
            onChange={() => onChoose(value)}
          />
          {label()}
        </label>
      ))}
      {needsFixing}
    </fieldset>
  );
}
