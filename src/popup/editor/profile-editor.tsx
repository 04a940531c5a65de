import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StoredProfile } from '../../core/profile';
import { validateProfile } from '../../core/profile-validation';
import { t } from '../../shared/i18n';
import { saveProfile } from '../../shared/storage/profile-store';
import type { LocalOnlyField } from '../../shared/storage/sync-quota';
import { EditorNotice, type Pending } from './editor-notice';
import { ERROR_SUMMARY_ID, ErrorSummary, type FieldIssue } from './error-summary';
import { companyChoices, recipientChoices, serverChoices } from './field-options';
import { IpListField } from './ip-list-field';
import { controlId, type EditableField, FIELD_LABELS, FIELD_ORDER } from './profile-fields';
import { TimezoneField } from './timezone-field';

interface Props {
  /** The stored profile to edit, or a fresh one (not stored yet) for "New profile". */
  readonly profile: StoredProfile;
  readonly isNew: boolean;
  /** Synced profiles: long texts that stay on one device. */
  readonly localOnly?: readonly { field: LocalOnlyField; here: boolean }[] | undefined;
  /** Called after a successful save (with the saved profile) or on cancel (without). */
  readonly onClose: (saved?: StoredProfile) => void;
  /** Told whether the form holds unsaved changes, for a page that shows other things beside it. */
  readonly onDirtyChange?: (dirty: boolean) => void;
  /** Move focus to the first field on opening (not when the user is arrowing through a list). */
  readonly focusOnOpen?: boolean;
}

/**
 * The profile form. Checks as the user types (through the core's validateProfile and the IP
 * engine), refuses to save an invalid profile with a summary of what and where, and never
 * overwrites an edit made meanwhile in another window without asking.
 */
export function ProfileEditor({
  profile,
  isNew,
  localOnly,
  onClose,
  onDirtyChange,
  focusOnOpen = true,
}: Props) {
  const [base, setBase] = useState(profile);
  const [draft, setDraft] = useState(profile);
  const [touched, setTouched] = useState<ReadonlySet<EditableField>>(new Set());
  const [attempts, setAttempts] = useState(0);
  /** What was wrong at the last refused Save; the inline messages stay live meanwhile. */
  const [refused, setRefused] = useState<FieldIssue[]>([]);
  const [pending, setPending] = useState<Pending>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (attempts > 0) document.getElementById(ERROR_SUMMARY_ID)?.focus();
  }, [attempts]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the editor opens
  useEffect(() => {
    if (focusOnOpen) document.getElementById(controlId('name'))?.focus();
  }, []);

  const check = useMemo(() => validateProfile(draft), [draft]);
  const issues = useMemo(() => {
    const byField = new Map<EditableField, string>();
    if (!check.ok) {
      for (const issue of check.issues) {
        const field = issue.field as EditableField;
        if (!byField.has(field)) byField.set(field, issue.message);
      }
    }
    return byField;
  }, [check]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(base);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const shownError = (field: EditableField) =>
    attempts > 0 || touched.has(field) ? issues.get(field) : undefined;

  const set = <F extends EditableField>(field: F, value: StoredProfile[F]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const touch = (field: EditableField) => setTouched((current) => new Set(current).add(field));

  async function save(overwrite = false) {
    if (!check.ok) {
      setAttempts((n) => n + 1);
      setRefused(summary);
      return;
    }
    setRefused([]);
    setBusy(true);
    const expectedUpdatedAt = overwrite ? undefined : isNew ? null : base.updatedAt;
    const result = await saveProfile(check.profile, { expectedUpdatedAt });
    setBusy(false);
    if (result.ok) onClose(result.value);
    else if (result.error.code === 'conflict')
      setPending({ kind: 'conflict', current: result.error.current });
    else setPending({ kind: 'error', error: result.error });
  }

  const requestClose = () => (dirty ? setPending({ kind: 'discard' }) : onClose());

  const summary: FieldIssue[] = FIELD_ORDER.flatMap((field) => {
    const message = issues.get(field);
    return message ? [{ controlId: controlId(field), message }] : [];
  });

  const textProps = (field: EditableField) => {
    const error = shownError(field);
    return {
      id: controlId(field),
      'aria-invalid': Boolean(error),
      'aria-describedby': error ? `${controlId(field)}-error` : undefined,
      onBlur: () => touch(field),
    };
  };

  const field = (name: EditableField, control: ComponentChildren, extra?: ComponentChildren) => (
    <div class={`field field-${name}`}>
      <label for={controlId(name)}>{t(FIELD_LABELS[name])}</label>
      {control}
      {name !== 'ipList' && shownError(name) ? (
        <p class="field-error" id={`${controlId(name)}-error`}>
          {shownError(name)}
        </p>
      ) : null}
      {extra}
    </div>
  );

  const text = (
    name: Exclude<EditableField, 'recipientDomain' | 'companyKind' | 'serverType'>,
    type: 'text' | 'email' | 'url' = 'text',
  ) =>
    field(
      name,
      <input
        type={type as 'text'}
        {...textProps(name)}
        value={draft[name]}
        spellcheck={false}
        onInput={(event) => set(name, event.currentTarget.value)}
      />,
    );

  const longText = (name: 'errorMessages' | 'notes') => {
    const where = localOnly?.find((entry) => entry.field === name);
    return field(
      name,
      <textarea
        {...textProps(name)}
        rows={name === 'errorMessages' ? 4 : 2}
        value={draft[name]}
        onInput={(event) => set(name, event.currentTarget.value)}
      />,
      where ? (
        <p class="hint">
          {where.here ? t('profileKeptOnThisDevice') : t('profileKeptOnOtherDevice')}
        </p>
      ) : null,
    );
  };

  const select = <F extends 'recipientDomain' | 'companyKind' | 'serverType'>(
    name: F,
    choices: readonly { value: StoredProfile[F]; label: string }[],
  ) =>
    field(
      name,
      <select
        {...textProps(name)}
        value={draft[name]}
        onChange={(event) => set(name, event.currentTarget.value as StoredProfile[F])}
      >
        {/* No choice yet (a new profile): the form wants one, validation says so. */}
        {draft[name] === '' ? <option value="">{t('profileChoose')}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>,
    );

  return (
    <form
      class="profile-editor"
      noValidate
      aria-labelledby="editor-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          if (pending.kind === 'discard') setPending({ kind: 'none' });
          else requestClose();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <h2 id="editor-title">
        {isNew ? t('popupNewProfileTitle') : t('popupEditProfileTitle', base.name)}
      </h2>
      {refused.length > 0 ? <ErrorSummary key="summary" issues={refused} /> : null}
      {text('name')}
      {text('issueTitle')}
      {text('contactName')}
      {select('recipientDomain', recipientChoices())}
      {text('contactEmail', 'email')}
      {field(
        'timezone',
        <TimezoneField
          id={controlId('timezone')}
          value={draft.timezone}
          onValue={(zone) => set('timezone', zone)}
          invalid={Boolean(shownError('timezone'))}
          describedBy={shownError('timezone') ? `${controlId('timezone')}-error` : undefined}
          onBlur={() => touch('timezone')}
        />,
      )}
      {text('senderDomain')}
      {select('companyKind', companyChoices())}
      {field(
        'ipList',
        <IpListField
          id={controlId('ipList')}
          value={draft.ipList}
          onValue={(list) => set('ipList', list)}
          fieldError={shownError('ipList')}
          onBlur={() => touch('ipList')}
        />,
      )}
      {select('serverType', serverChoices())}
      {longText('errorMessages')}
      {text('website', 'url')}
      {longText('notes')}
      <EditorNotice
        pending={pending}
        onDiscard={() => onClose()}
        onKeepEditing={() => setPending({ kind: 'none' })}
        onOverwrite={() => {
          setPending({ kind: 'none' });
          void save(true);
        }}
        onLoadTheirs={(current) => {
          setBase(current);
          setDraft(current);
          setPending({ kind: 'none' });
        }}
      />
      <div class="editor-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('popupSave')}
        </button>
        <button type="button" onClick={requestClose}>
          {t('popupCancel')}
        </button>
      </div>
    </form>
  );
}
