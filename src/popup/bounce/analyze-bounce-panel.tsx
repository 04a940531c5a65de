import { useId, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { BounceAnalysis } from '../../core/bounce/bounce-types';
import { t } from '../../shared/i18n';
import './analyze-bounce-panel.css';
import { BounceResultCard } from './bounce-result-card';
import { verdictTexts } from './bounce-texts';
import { loadBounceAnalyzer, loadedBounceAnalyzer } from './load-bounce-analyzer';
import { type ProfileActionHandlers, ProfileActions } from './profile-actions';
import { profileTargets } from './profile-targets';

/** Cards shown at most: a pasted log can hold hundreds of distinct bounces. */
const MAX_CARDS = 10;

export type {
  ActionFailure,
  AddIpsResult,
  ErrorMessagesResult,
  ProfileActionHandlers,
} from './profile-actions';

export interface AnalyzeBouncePanelProps extends ProfileActionHandlers {
  /** Opens a page of a remedy. Defaults to a new tab (`browser.tabs.create`). */
  readonly openPage?: (url: string) => void;
}

const openInNewTab = (url: string) => {
  void browser.tabs.create({ url });
};

function announcement(analysis: BounceAnalysis): string {
  const { listing } = verdictTexts(analysis);
  return analysis.bounces.length > 1
    ? t('bounceAnnounceSeveral', [String(analysis.bounces.length), listing])
    : t('bounceAnnounce', [listing, String(analysis.ips.length)]);
}

/**
 * "Analyze a bounce": paste, analyze (button or Ctrl+Enter), read the verdict per bounce, open
 * the remedy's page or prepare its mail.
 *
 * Wiring: `onAddIps` and `onUseAsErrorMessages` act on the selected profile and return (or
 * resolve to) what changed; the profile store's `addIps` / `useAsErrorMessages` fit as they are.
 * They are offered only for the bounces that lead to the Outlook.com sender form (see
 * profile-targets.ts), and the outcome is shown and announced under the buttons.
 */
export function AnalyzeBouncePanel({
  onAddIps,
  onUseAsErrorMessages,
  openPage = openInNewTab,
}: AnalyzeBouncePanelProps) {
  const ids = { heading: useId(), input: useId(), hint: useId(), error: useId() };
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [analysis, setAnalysis] = useState<BounceAnalysis>();
  // Each run starts with fresh profile actions (no outcome left from the previous bounce).
  const [run, setRun] = useState(0);
  const targets = useMemo(() => analysis && profileTargets(analysis), [analysis]);
  const latest = useRef(0);

  const show = (isEmpty: boolean, result: BounceAnalysis | undefined) => {
    setEmpty(isEmpty);
    setAnalysis(result);
    setRun((count) => count + 1);
  };
  const analyze = () => {
    const asked = ++latest.current;
    const isEmpty = text.trim() === '';
    const analyzer = loadedBounceAnalyzer();
    if (isEmpty || analyzer) {
      show(isEmpty, isEmpty ? undefined : analyzer?.(text));
      return;
    }
    // First analysis: the analyzer loads now; a later click meanwhile wins.
    void loadBounceAnalyzer().then((load) => {
      if (asked === latest.current) show(false, load(text));
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      analyze();
    }
  };

  const verdicts = analysis ? (analysis.bounces.length > 0 ? analysis.bounces : [analysis]) : [];
  const hidden = verdicts.length - MAX_CARDS;

  return (
    <section class="bounce-panel" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('bounceHeading')}</h2>
      <label for={ids.input}>{t('bouncePasteLabel')}</label>
      <textarea
        id={ids.input}
        rows={5}
        spellcheck={false}
        value={text}
        aria-describedby={empty ? `${ids.hint} ${ids.error}` : ids.hint}
        aria-invalid={empty}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id={ids.hint} class="hint">
        {t('bouncePasteHint')}
      </p>
      {empty ? (
        <p id={ids.error} class="bounce-error">
          {t('bounceEmptyInput')}
        </p>
      ) : null}
      <button type="button" class="primary" onClick={analyze}>
        {t('bounceAnalyze')}
      </button>
      <p role="status" class="bounce-visually-hidden">
        {analysis ? announcement(analysis) : ''}
      </p>
      {analysis ? (
        <div class="bounce-result">
          {analysis.bounces.length > 1 ? (
            <p class="bounce-notice">
              {t('bounceSeveral', String(analysis.bounces.length))}
              {analysis.mixedPlatforms ? ` ${t('bounceMixedPlatforms')}` : ''}
            </p>
          ) : null}
          {verdicts.slice(0, MAX_CARDS).map((verdict) => (
            <BounceResultCard
              // Distinct per bounce: the analyzer merges bounces with the same rule, platform and IPs.
              key={`${verdict.rule} ${verdict.platform} ${verdict.ips.join(' ')}`}
              verdict={verdict}
              openPage={openPage}
            />
          ))}
          {hidden > 0 ? <p class="hint">{t('bounceMoreBounces', String(hidden))}</p> : null}
          {targets ? (
            <ProfileActions
              key={run}
              ips={targets.ips}
              text={targets.text}
              onAddIps={onAddIps}
              onUseAsErrorMessages={onUseAsErrorMessages}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
