import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { PROFILE_FILE_FORMAT, PROFILE_FILE_VERSION } from '../shared/storage/profile-file';
import { discardBackup, readBackup, type StorageProblem } from '../shared/storage/profile-store';
import { profileIdOf } from '../shared/storage/storage-keys';
import { downloadText } from './download-file';

type KeptAside = Extract<StorageProblem, { kind: 'kept-aside' }>;

/**
 * Damaged data the store set aside. A damaged profile downloads as a backup file holding just it,
 * so the user can fix it in a text editor and import it: the import then says what is still wrong.
 */
export function KeptAsideSection({ problems }: { problems: readonly StorageProblem[] }) {
  const kept = problems.filter((problem): problem is KeptAside => problem.kind === 'kept-aside');
  if (kept.length === 0) return null;
  return (
    <section class="card" aria-labelledby="kept-heading">
      <h2 id="kept-heading">{t('optionsKeptHeading')}</h2>
      <p class="hint">{t('optionsKeptIntro')}</p>
      <ul class="kept-list">
        {kept.map((problem) => (
          <KeptItem key={problem.backupKey} problem={problem} />
        ))}
      </ul>
    </section>
  );
}

async function download(problem: KeptAside) {
  const entry = (await readBackup(problem.backupKey)) as { value?: unknown } | undefined;
  const value = entry?.value;
  const asProfileFile = profileIdOf(problem.originalKey) !== undefined;
  const text = asProfileFile
    ? {
        format: PROFILE_FILE_FORMAT,
        version: PROFILE_FILE_VERSION,
        exportedAt: problem.savedAt,
        profiles: [value],
      }
    : entry;
  const stamp = problem.savedAt.replace(/[:.]/g, '-') || 'unknown-date';
  downloadText(`delist-assistant-kept-aside-${stamp}.json`, `${JSON.stringify(text, null, 2)}\n`);
}

function KeptItem({ problem }: { problem: KeptAside }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li class="kept-item">
      <p>{problem.message}</p>
      <button type="button" onClick={() => void download(problem)}>
        {t('optionsKeptDownload')}
      </button>
      {confirming ? (
        <>
          <button
            type="button"
            class="danger"
            onClick={() => void discardBackup(problem.backupKey)}
          >
            {t('optionsKeptDiscardConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('optionsKeptKeep')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('optionsKeptDiscard')}
        </button>
      )}
    </li>
  );
}
