import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { parseIpList } from '../../core/ip-list';
import { t } from '../../shared/i18n';
import { markSegments } from './ip-list-marks';

interface Props {
  readonly id: string;
  readonly value: string;
  readonly onValue: (text: string) => void;
  /** A message from the profile check (e.g. "required"), shown with the entry problems. */
  readonly fieldError?: string | undefined;
  readonly onBlur?: () => void;
}

/**
 * The IP list as the user types it, checked by the IP engine on every keystroke: each entry with
 * a problem is marked in place (a mirror of the text drawn behind the transparent text area), the
 * messages are listed under it and announced as its description, and the normalized list is shown
 * with a button that puts it in the field.
 */
export function IpListField({ id, value, onValue, fieldError, onBlur }: Props) {
  const result = useMemo(() => parseIpList(value), [value]);
  const segments = useMemo(() => markSegments(value, result.problems), [value, result.problems]);
  const area = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);

  // Grow with the text so the mirror and the text area always wrap the same way.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the text
  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);

  const hasErrors = result.problems.some((problem) => problem.severity === 'error');
  const canNormalize = result.entries.length > 0 && !hasErrors && result.normalized !== value;
  const problemsId = `${id}-problems`;
  const normalizedId = `${id}-normalized`;

  return (
    <div class="ip-field">
      <div class="ip-input">
        <div class="ip-mirror" ref={mirror} aria-hidden="true">
          {segments.map((segment, index) =>
            segment.severity ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
              <mark key={index} class={`ip-mark ${segment.severity}`}>
                {segment.text}
              </mark>
            ) : (
              segment.text
            ),
          )}
          {'\u200b'}
        </div>
        <textarea
          ref={area}
          id={id}
          rows={2}
          spellcheck={false}
          value={value}
          aria-invalid={hasErrors || Boolean(fieldError)}
          aria-describedby={`${problemsId} ${normalizedId}`}
          placeholder={t('profileIpListPlaceholder')}
          onInput={(event) => onValue(event.currentTarget.value)}
          onScroll={(event) => {
            if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
          }}
          onBlur={onBlur}
        />
      </div>
      <ul class="ip-problems" id={problemsId} aria-live="polite">
        {/* The profile check repeats the engine's errors; show it only when the engine has none. */}
        {fieldError && !hasErrors ? <li class="problem error">{fieldError}</li> : null}
        {result.problems.map((problem) => (
          <li
            key={`${problem.start}-${problem.code}-${problem.index}`}
            class={`problem ${problem.severity}`}
          >
            <span class="severity">
              {problem.severity === 'error' ? t('profileIpError') : t('profileIpWarning')}
            </span>{' '}
            {problem.message}
            {problem.fix === undefined ? null : (
              <button
                type="button"
                class="link-button"
                onClick={() =>
                  onValue(value.slice(0, problem.start) + problem.fix + value.slice(problem.end))
                }
              >
                {t('profileIpApplyFix', problem.fix)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div class="ip-normalized">
        <p id={normalizedId}>
          {result.entries.length === 0
            ? ''
            : hasErrors
              ? t('profileIpNormalizedWithoutErrors', result.normalized)
              : t('profileIpNormalized', result.normalized)}
        </p>
        <button type="button" disabled={!canNormalize} onClick={() => onValue(result.normalized)}>
          {t('profileNormalize')}
        </button>
      </div>
    </div>
  );
}
