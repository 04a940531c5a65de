import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { exportFileName, serializeProfiles } from '../shared/storage/profile-file';
import { type ImportItem, planImport } from '../shared/storage/profile-import';
import type { ProfileState } from '../shared/storage/profile-store';
import { downloadText } from './download-file';
import { ImportReview } from './import-review';

type Outcome =
  | { kind: 'none' }
  | { kind: 'refused'; message: string }
  | { kind: 'done'; message: string };

/** Export every profile to a file; import one, reviewed profile by profile before anything is written. */
export function BackupSection({ state }: { state: ProfileState }) {
  const [review, setReview] = useState<{ fileName: string; items: ImportItem[] }>();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  async function readFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setReview(undefined);
    const plan = planImport(await file.text(), state.profiles, new Date().toISOString());
    if (!plan.ok)
      setOutcome({
        kind: 'refused',
        message: t('optionsImportRefused', [file.name, plan.message]),
      });
    else {
      setOutcome({ kind: 'none' });
      setReview({ fileName: file.name, items: plan.items });
    }
  }

  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <p class="hint">{t('optionsBackupIntro')}</p>
      <div class="backup-actions">
        <button
          type="button"
          disabled={state.profiles.length === 0}
          onClick={() => {
            const now = new Date().toISOString();
            downloadText(exportFileName(now), serializeProfiles(state.profiles, now));
            setOutcome({
              kind: 'done',
              message: t('optionsExported', String(state.profiles.length)),
            });
          }}
        >
          {t('optionsExport')}
        </button>
        <label class="file-button">
          {t('optionsImport')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void readFile(event.currentTarget)}
          />
        </label>
      </div>
      {outcome.kind === 'refused' ? (
        <p class="notice error" role="alert">
          {outcome.message}
        </p>
      ) : null}
      {outcome.kind === 'done' ? (
        <p class="notice" role="status">
          {outcome.message}
        </p>
      ) : null}
      {review ? (
        <ImportReview
          fileName={review.fileName}
          items={review.items}
          onCancel={() => setReview(undefined)}
          onDone={(message) => {
            setReview(undefined);
            setOutcome({ kind: 'done', message });
          }}
        />
      ) : null}
    </section>
  );
}
