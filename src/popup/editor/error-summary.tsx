import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

export interface FieldIssue {
  /** The control's id, to move focus there. */
  readonly controlId: string;
  readonly label: string;
  readonly message: string;
}

/**
 * Shown after a refused Save: says how many things to fix and links each to its field. Takes
 * focus when it appears so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ issues, attempt }: { issues: readonly FieldIssue[]; attempt: number }) {
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every refused Save
  useEffect(() => box.current?.focus(), [attempt]);
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
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
              {issue.label}
            </a>
            {`: ${issue.message}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
