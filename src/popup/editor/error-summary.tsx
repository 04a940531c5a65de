import { t } from '../../shared/i18n';

export interface FieldIssue {
  /** The control's id, to move focus there. */
  readonly controlId: string;
  /** The core's message, which names the field itself. */
  readonly message: string;
}

export const ERROR_SUMMARY_ID = 'error-summary';

/**
 * Shown after a refused Save: says how many things to fix and links each message to its field. The
 * editor moves focus here on each refused Save, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ issues }: { issues: readonly FieldIssue[] }) {
  return (
    <div
      id={ERROR_SUMMARY_ID}
      class="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <p id="error-summary-title">
        <strong>{t('popupFixBeforeSaving', String(issues.length))}</strong>
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.controlId}-${issue.message}`}>
            <a
              href={`#${issue.controlId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(issue.controlId)?.focus();
              }}
            >
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
