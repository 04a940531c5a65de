import './fill-panel.css';
import { useEffect, useState } from 'preact/hooks';
import type { StoredProfile } from '../../core/profile';
import { fillBlockers } from '../../forms/fill-blockers';
import { FORM_FIELDS } from '../../forms/form-fields';
import type { FieldLocation } from '../../forms/form-map';
import { FILL_ERROR_TEXT } from '../../shared/fill-error-text';
import { t } from '../../shared/i18n';
import { type FillOutcome, needsLook } from '../../shared/messages/fill-outcome';
import { afterFirstPaint } from '../after-first-paint';
import { FillReport } from './fill-report';
import { useFormStatus } from './form-status';
import { loadFillInTab } from './load-fill-in-tab';
import { SupportedPageLinks } from './supported-page-links';
import type { TargetTab } from './target-tab';

type Run =
  | { readonly state: 'idle' | 'filling' }
  | { readonly state: 'done'; readonly outcome: FillOutcome };

function Outcome({ outcome, fields }: { outcome: FillOutcome; fields: readonly FieldLocation[] }) {
  if (!outcome.ok) {
    return (
      <div role="alert">
        <p>{t(FILL_ERROR_TEXT[outcome.error])}</p>
        {outcome.problems ? (
          <ul>
            {outcome.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  const open = outcome.fields.filter(needsLook).length;
  return (
    <>
      <p role="status">
        {open === 0 ? t('fillSummaryDone') : t('fillSummaryNeedsLook', String(open))}{' '}
        {t('fillSubmitYourself')}
      </p>
      <FillReport formFields={fields} fields={outcome.fields} />
    </>
  );
}

/**
 * The popup's fill section: on a supported page, the selected profile and "Fill form", then what
 * happened to each field; on any other page, which pages it fills.
 */
export function FillPanel({
  profile,
  target,
}: {
  profile: StoredProfile | undefined;
  /** Null when there is no tab to act on. */
  target: TargetTab | null;
}) {
  const fields = target?.page ? FORM_FIELDS[target.page.form] : undefined;
  const status = useFormStatus(target?.tabId, fields);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const onFormPage = Boolean(target?.page);
  useEffect(() => {
    if (onFormPage) return afterFirstPaint(() => void loadFillInTab());
  }, [onFormPage]);

  if (!target?.page || !fields) {
    return (
      <div class="fill-panel">
        <h2>{t('fillHeading')}</h2>
        <SupportedPageLinks />
      </div>
    );
  }
  const blockers = profile ? fillBlockers(profile) : [];
  const fill = async () => {
    if (!profile) return;
    setRun({ state: 'filling' });
    const fillInTab = await loadFillInTab();
    setRun({ state: 'done', outcome: await fillInTab(target.tabId, profile) });
  };

  return (
    <div class="fill-panel">
      <h2>{t('fillHeading')}</h2>
      <p>{profile ? t('fillWithProfile', profile.name) : t('fillErrorNoProfile')}</p>
      {status === 'no-content-script' ? (
        <p class="fill-warning">{t('fillErrorNoContentScript')}</p>
      ) : null}
      {run.state === 'idle' && status && status !== 'no-content-script' && status.found === 0 ? (
        <p class="fill-hint">{t('fillFormNotYetFound')}</p>
      ) : null}
      {blockers.length > 0 ? (
        <div class="fill-warning" role="alert">
          <p>{t('fillErrorIpListInvalid')}</p>
          <ul>
            {blockers.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button
        type="button"
        class="primary"
        disabled={!profile || blockers.length > 0 || run.state === 'filling'}
        onClick={fill}
      >
        {run.state === 'filling' ? t('fillFilling') : t('fillButton')}
      </button>
      {run.state === 'done' ? <Outcome outcome={run.outcome} fields={fields} /> : null}
    </div>
  );
}
