import { useId } from 'preact/hooks';
import type { BounceVerdict } from '../../core/bounce/bounce-types';
import { t } from '../../shared/i18n';
import { platformLabel, verdictTexts } from './bounce-texts';
import { RemedyAction } from './remedy-action';

interface Props {
  readonly verdict: BounceVerdict;
  readonly openPage: (url: string) => void;
}

/** One bounce's verdict: the list, platform, IPs, codes, what to do, and why. */
export function BounceResultCard({ verdict, openPage }: Props) {
  const headingId = useId();
  const { listing, explanation } = verdictTexts(verdict);
  return (
    <article class={`bounce-card remedy-${verdict.remedy}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{listing}</h3>
      <dl class="bounce-facts">
        <dt>{t('bounceFieldPlatform')}</dt>
        <dd>{platformLabel(verdict.platform)}</dd>
        <dt>{t('bounceFieldIps')}</dt>
        <dd>
          {verdict.ips.length === 0 ? (
            t('bounceNoIps')
          ) : (
            <ul class="bounce-values">
              {verdict.ips.map((ip) => (
                <li key={ip}>
                  <code>{ip}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('bounceFieldCodes')}</dt>
        <dd>
          {verdict.codes.length === 0 ? (
            t('bounceNoCodes')
          ) : (
            <ul class="bounce-values">
              {verdict.codes.map((code) => (
                <li key={code}>
                  <code>{code}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <h4>{t('bounceFieldWhatToDo')}</h4>
      <p class="bounce-explanation">{explanation}</p>
      <RemedyAction verdict={verdict} openPage={openPage} />
      {verdict.evidence.length > 0 ? (
        <details class="bounce-evidence">
          <summary>{t('bounceFieldEvidence')}</summary>
          <ul>
            {verdict.evidence.map((quote) => (
              <li key={quote}>
                <q>{quote}</q>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
