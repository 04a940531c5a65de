import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

/** A refused change, with the reason for the user (the profile store's `StoreResult` fits). */
export interface ActionFailure {
  readonly ok: false;
  readonly error: { readonly message: string };
}

/** What adding IPs changed: the ones appended and the ones the profile already had. */
export type AddIpsResult =
  | {
      readonly ok: true;
      readonly value: { readonly added: readonly string[]; readonly present: readonly string[] };
    }
  | ActionFailure;

export type ErrorMessagesResult = { readonly ok: true } | ActionFailure;

export interface ProfileActionHandlers {
  /** Adds the IPs to the selected profile and tells what changed. Without it, no button. */
  readonly onAddIps?: (ips: string[]) => AddIpsResult | Promise<AddIpsResult>;
  /** Puts the cleaned bounce into the selected profile's error messages. Without it, no button. */
  readonly onUseAsErrorMessages?: (
    cleanedText: string,
  ) => ErrorMessagesResult | Promise<ErrorMessagesResult>;
}

interface Props extends ProfileActionHandlers {
  readonly ips: readonly string[];
  readonly text: string;
}

type Outcome = { readonly ok: boolean; readonly message: string };

function describeAddedIps(result: AddIpsResult): Outcome {
  if (!result.ok) return { ok: false, message: t('bounceActionFailed', result.error.message) };
  const { added, present } = result.value;
  const parts = [
    added.length > 0 ? t('bounceIpsAdded', added.join(', ')) : '',
    present.length > 0 ? t('bounceIpsAlreadyThere', present.join(', ')) : '',
  ];
  return { ok: true, message: parts.filter(Boolean).join(' ') };
}

const describeErrorMessages = (result: ErrorMessagesResult): Outcome =>
  result.ok
    ? { ok: true, message: t('bounceErrorMessagesSaved') }
    : { ok: false, message: t('bounceActionFailed', result.error.message) };

/** "Add IPs to profile" and "Use as error messages", with what each changed announced. */
export function ProfileActions({ ips, text, onAddIps, onUseAsErrorMessages }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const run = async (action: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ ok: false, message: t('bounceActionFailed', String(error)) });
    } finally {
      setBusy(false);
    }
  };
  const canAdd = onAddIps && ips.length > 0;
  const canUse = onUseAsErrorMessages && text !== '';
  if (!canAdd && !canUse) return null;
  return (
    <div class="bounce-profile-actions">
      <p class="hint">{t('bounceProfileActionsHint')}</p>
      <div class="bounce-buttons">
        {canAdd ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => run(async () => describeAddedIps(await onAddIps([...ips])))}
          >
            {t('bounceAddIps')}
          </button>
        ) : null}
        {canUse ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => run(async () => describeErrorMessages(await onUseAsErrorMessages(text)))}
          >
            {t('bounceUseAsErrorMessages')}
          </button>
        ) : null}
      </div>
      <p role="status" class={outcome && !outcome.ok ? 'bounce-outcome error' : 'bounce-outcome'}>
        {outcome?.message ?? ''}
      </p>
    </div>
  );
}
