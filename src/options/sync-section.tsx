import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { ProfileState } from '../shared/storage/profile-store';
import { syncLimits } from '../shared/storage/sync-quota';
import { disableSync, enableSync } from '../shared/storage/sync-toggle';

/**
 * The browser-sync switch. Turning it on moves every profile into storage.sync (or refuses, saying
 * which limit), turning it off brings them back to this device; failures stay on screen.
 */
export function SyncSection({ state }: { state: ProfileState }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ error: boolean; message: string }>();
  const limits = syncLimits();
  const syncError = state.problems.find((problem) => problem.kind === 'sync-error');

  async function toggle(on: boolean) {
    setBusy(true);
    setResult(undefined);
    if (on) {
      const outcome = await enableSync();
      setResult(
        outcome.ok
          ? { error: false, message: t('optionsSyncOn') }
          : { error: true, message: outcome.error.message },
      );
    } else {
      const outcome = await disableSync();
      if (!outcome.ok) setResult({ error: true, message: outcome.error.message });
      else {
        const missing = outcome.value.fieldsOnOtherDevices;
        setResult({
          error: false,
          message:
            missing.length === 0
              ? t('optionsSyncOff')
              : t('optionsSyncOffMissing', missing.join(', ')),
        });
      }
    }
    setBusy(false);
  }

  return (
    <section class="card" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('optionsSyncHeading')}</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={state.syncEnabled}
          disabled={busy}
          aria-describedby="sync-explained"
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        {t('optionsSyncToggle')}
      </label>
      <p class="hint" id="sync-explained">
        {t('optionsSyncExplained', [
          String(Math.round(limits.total / 1024)),
          String(Math.round(limits.perItem / 1024)),
          String(limits.maxItems),
        ])}
      </p>
      {result ? (
        <p
          class={result.error ? 'notice error' : 'notice'}
          role={result.error ? 'alert' : 'status'}
        >
          {result.message}
        </p>
      ) : null}
      {syncError && !result?.error ? (
        <p class="notice error" role="alert">
          {syncError.message}
        </p>
      ) : null}
    </section>
  );
}
