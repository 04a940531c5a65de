import { COMPANY_KINDS, RECIPIENT_DOMAINS, SERVER_TYPES } from '../../core/profile';
import { type MessageKey, t } from '../../shared/i18n';

/** The select options, with the visible texts of Microsoft's own form. */
const RECIPIENT_LABELS: Record<(typeof RECIPIENT_DOMAINS)[number], MessageKey | null> = {
  'outlook.com': null,
  'hotmail.com': null,
  'live.com': null,
  'msn.com': null,
  other: 'profileRecipientOther',
};

const COMPANY_LABELS: Record<(typeof COMPANY_KINDS)[number], MessageKey> = {
  'Internet Service Provider (ISP)': 'profileCompanyIsp',
  'E-mail Service Provider (ESP)': 'profileCompanyEsp',
  'Windows Live Hotmail Customer': 'profileCompanyHotmailCustomer',
  'Customer of an ISP other than Windows Live Hotmail': 'profileCompanyOtherIspCustomer',
  'University IT': 'profileCompanyUniversity',
  'Business (non-marketing)': 'profileCompanyBusiness',
  Other: 'profileCompanyOther',
};

const SERVER_LABELS: Record<(typeof SERVER_TYPES)[number], MessageKey> = {
  dedicated: 'profileServerDedicated',
  shared: 'profileServerShared',
  unknown: 'profileServerUnknown',
};

export const recipientChoices = () =>
  RECIPIENT_DOMAINS.map((value) => {
    const key = RECIPIENT_LABELS[value];
    return { value, label: key ? t(key) : value };
  });

export const companyChoices = () =>
  COMPANY_KINDS.map((value) => ({ value, label: t(COMPANY_LABELS[value]) }));

export const serverChoices = () =>
  SERVER_TYPES.map((value) => ({ value, label: t(SERVER_LABELS[value]) }));
