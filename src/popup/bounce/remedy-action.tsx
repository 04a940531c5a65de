import type { BounceVerdict } from '../../core/bounce/bounce-types';
import { type MessageKey, t } from '../../shared/i18n';
import { delistMailLink } from './delist-mail-link';

/** The remedies that are a page to open, and the label of their button. */
const PAGE_LABELS: Partial<Record<BounceVerdict['remedy'], MessageKey>> = {
  'outlook-sender-form': 'bounceOpenOutlookForm',
  'office365-delist-portal': 'bounceOpenDelistPortal',
  spamhaus: 'bounceOpenSpamhaus',
};

const isHttpsUrl = (target: string) => target.startsWith('https://');

interface Props {
  readonly verdict: BounceVerdict;
  readonly openPage: (url: string) => void;
}

/** The bounce's next step as one control: open the right page, or prepare the delisting mail. */
export function RemedyAction({ verdict, openPage }: Props) {
  const { target, remedy } = verdict;
  const pageLabel = PAGE_LABELS[remedy];
  if (target && pageLabel && isHttpsUrl(target)) {
    return (
      <button type="button" class="primary" onClick={() => openPage(target)}>
        {t(pageLabel)}
      </button>
    );
  }
  if (target && remedy === 'delist-mail' && !target.includes(':')) {
    const ips = verdict.ips.join(', ') || t('bounceMailNoIp');
    const mail = delistMailLink({
      to: target,
      subject: t('bounceMailSubject', ips),
      body: (bounce) => t('bounceMailBody', [ips, bounce]),
      bounce: verdict.text,
      cutMark: t('bounceMailCut'),
    });
    return (
      <>
        <a class="bounce-button primary" href={mail.href}>
          {t('bouncePrepareMail', target)}
        </a>
        {mail.shortened ? <p class="hint">{t('bounceMailShortened')}</p> : null}
      </>
    );
  }
  return null;
}
