import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import type { StorageProblem } from '../../shared/storage/profile-store';

/**
 * Damaged data kept aside, a newer storage version or a sync failure: said plainly, with the way
 * to the options page where the kept items can be downloaded.
 */
export function StorageProblems({
  problems,
  compact = true,
}: {
  problems: readonly StorageProblem[];
  compact?: boolean;
}) {
  if (problems.length === 0) return null;
  return (
    <div class="notice warning storage-problems" role="status">
      <ul>
        {problems.map((problem) => (
          <li key={problem.kind === 'kept-aside' ? problem.backupKey : problem.kind}>
            {problem.message}
          </li>
        ))}
      </ul>
      {compact ? (
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popupOpenOptionsForProblems')}
        </button>
      ) : null}
    </div>
  );
}
