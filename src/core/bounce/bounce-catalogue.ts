import type { BouncePlatform, BounceRemedy } from './bounce-types';

/** How a row recognises a bounce. Any one listed signal is enough. */
export interface BounceSignal {
  /** Microsoft's identifiers, normalised (`AS(1430)` is written `AS1430`). */
  readonly codes?: readonly string[];
  /** Enhanced status codes; `first-last` is a range within one subject, e.g. `5.7.606-5.7.649`. */
  readonly statuses?: readonly string[];
  /** Microsoft's wording, lower case, matched on the cleaned single-spaced text. */
  readonly phrases?: readonly string[];
  /**
   * Fallback rows only: matched when no code, status or phrase decided, by who rejected the
   * message (`any` = the last resort).
   */
  readonly server?: 'microsoft' | 'other' | 'any';
}

/** Which addresses named in the bounce itself may replace the row's target. */
export interface NamedTarget {
  readonly kind: 'url' | 'mailbox';
  /** Trusted domains (the domain itself or a subdomain): a pasted text never sends us elsewhere. */
  readonly domains: readonly string[];
}

export interface BounceCatalogueRow {
  /** Stable id, kebab-case; the popup derives its message keys from it. */
  readonly id: string;
  readonly signal: BounceSignal;
  /** `from-text`: whichever Microsoft system the text itself names (host names, tags). */
  readonly platform: BouncePlatform | 'from-text';
  readonly listing: string;
  readonly remedy: BounceRemedy;
  /** The URL or mailbox to go to, or null when the remedy is not a page or a mail. */
  readonly target: string | null;
  readonly namedTarget?: NamedTarget;
  readonly explanation: string;
}

const OUTLOOK_FORM = 'https://olcsupport.office.com/';
const OFFICE365_PORTAL = 'https://sender.office.com/';
const SPAMHAUS_CHECK = 'https://check.spamhaus.org/';
const SPAMHAUS_NAMED: NamedTarget = { kind: 'url', domains: ['spamhaus.org'] };
const DELIST_MAILBOX_NAMED: NamedTarget = { kind: 'mailbox', domains: ['microsoft.com'] };

/** The last resort: no rejection recognised at all. */
export const UNRECOGNISED: BounceCatalogueRow = {
  id: 'unrecognised',
  signal: { server: 'any' },
  platform: 'unknown',
  listing: 'No rejection recognised',
  remedy: 'unknown',
  target: null,
  explanation:
    'No Microsoft rejection was found in this text. Paste the complete bounce, including the line with the three-digit reply code (such as 550) and any code in parentheses (such as S3140).',
};

/**
 * What Microsoft's rejections mean and what to do about each (see
 * shared/spec/bounce-catalogue.md). When several rows match a bounce, a code beats a phrase, a
 * phrase beats a status, and among equals the earlier row wins.
 */
export const BOUNCE_CATALOGUE: readonly BounceCatalogueRow[] = [
  {
    id: 'outlook-block-list',
    signal: {
      codes: ['S3140', 'S3150', 'AS3140', 'AS3150'],
      phrases: ['part of their network is on our block list'],
    },
    platform: 'outlook.com',
    listing: 'Outlook.com block list',
    remedy: 'outlook-sender-form',
    target: OUTLOOK_FORM,
    explanation:
      'Outlook.com (outlook.com, hotmail.com, live.com, msn.com) refused the message because the sending IP is on its block list. Make sure the server is not sending spam, then ask for removal with the Outlook.com sender-support form and paste the full bounce into it. An automatic reply comes within about 12 hours; if it says the IP is not eligible, reply to it to reach a person. Enrolling the IP in SNDS and JMRP helps you see the next problem coming.',
  },
  {
    id: 'outlook-legacy-reputation',
    signal: { codes: ['SC-001', 'OU-002'] },
    platform: 'outlook.com',
    listing: 'Outlook.com (Hotmail) reputation block, older form',
    remedy: 'outlook-sender-form',
    target: OUTLOOK_FORM,
    explanation:
      "An older Hotmail / Outlook.com rejection (used about 2008-2017): the sending IP's reputation is too low. Ask for removal with the Outlook.com sender-support form and paste the full bounce into it.",
  },
  {
    id: 'outlook-namespace-mining',
    signal: { codes: ['SC-002'] },
    platform: 'outlook.com',
    listing: 'Outlook.com block: namespace mining',
    remedy: 'outlook-sender-form',
    target: OUTLOOK_FORM,
    explanation:
      'Outlook.com saw this IP send to many addresses that do not exist (namespace mining). Remove invalid addresses from your lists, then ask for removal with the Outlook.com sender-support form.',
  },
  {
    id: 'outlook-open-relay',
    signal: { codes: ['SC-003'] },
    platform: 'outlook.com',
    listing: 'Outlook.com block: open relay',
    remedy: 'outlook-sender-form',
    target: OUTLOOK_FORM,
    explanation:
      'Outlook.com believes this IP is an open relay or open proxy. Close it so that only your own users can send through the server, then ask for removal with the Outlook.com sender-support form.',
  },
  {
    id: 'outlook-complaints',
    signal: { codes: ['SC-004'] },
    platform: 'outlook.com',
    listing: 'Outlook.com block: too many complaints',
    remedy: 'outlook-sender-form',
    target: OUTLOOK_FORM,
    explanation:
      'Outlook.com users marked too much mail from this IP as junk. Find and stop the mail they complain about, register the IP in SNDS and enrol it in JMRP to receive those complaints, then ask for removal with the Outlook.com sender-support form.',
  },
  {
    id: 'outlook-spamhaus',
    signal: { codes: ['OU-001'] },
    platform: 'outlook.com',
    listing: 'Spamhaus listing, applied by Outlook.com',
    remedy: 'spamhaus',
    target: SPAMHAUS_CHECK,
    namedTarget: SPAMHAUS_NAMED,
    explanation:
      "Outlook.com refused the message because Spamhaus lists the IP. Microsoft's forms cannot remove it: look the IP up at Spamhaus, follow their removal steps, then send again.",
  },
  {
    id: 'outlook-dynamic-ip',
    signal: { codes: ['DY-001', 'DY-002'] },
    platform: 'outlook.com',
    listing: 'Dynamic or residential IP',
    remedy: 'fix-rdns',
    target: null,
    explanation:
      'Outlook.com treats this IP as dynamic or residential (or it has no proper reverse DNS name) and does not take mail directly from such addresses. Give the IP a reverse DNS (PTR) name that belongs to your mail server, or relay through a static mail host; if it is still refused after that, use the Outlook.com sender-support form.',
  },
  {
    id: 'outlook-rate-limited',
    signal: {
      codes: ['S775', 'S843', 'S844', 'S3113', 'S3114'],
      statuses: ['4.7.650', '4.7.651'],
      phrases: ['temporarily rate limited due to ip reputation'],
    },
    platform: 'outlook.com',
    listing: 'Temporary rate limit (IP reputation)',
    remedy: 'slow-down',
    target: null,
    explanation:
      'Outlook.com is temporarily accepting less mail from this IP because of its reputation. This is throttling, not a block: send more slowly and let your server retry. Only if it lasts for days, ask for help with the Outlook.com sender-support form.',
  },
  {
    id: 'outlook-too-many-connections',
    signal: {
      codes: ['S3115'],
      statuses: ['4.7.652'],
      phrases: ['exceeded the maximum number of connections'],
    },
    platform: 'outlook.com',
    listing: 'Too many simultaneous connections',
    remedy: 'slow-down',
    target: null,
    explanation:
      'Your server opened more simultaneous connections to Outlook.com than it allows. Lower the number of concurrent connections per destination in your mail server; the deferred messages go through on retry. Nothing to delist.',
  },
  {
    id: 'outlook-server-busy',
    signal: {
      codes: ['AS761'],
      statuses: ['4.7.500'],
      phrases: ['server busy. please try again later'],
    },
    platform: 'outlook.com',
    listing: 'Outlook.com server busy',
    remedy: 'slow-down',
    target: null,
    explanation:
      'Outlook.com was busy and asked your server to try again later. It is temporary: the retry usually succeeds. Nothing to delist.',
  },
  {
    id: 'office365-banned-sending-ip',
    signal: {
      codes: ['AS16012609', 'AS1430'],
      statuses: ['5.7.606-5.7.649'],
      phrases: ['banned sending ip'],
    },
    platform: 'office365',
    listing: 'Exchange Online (Microsoft 365) block list',
    remedy: 'office365-delist-portal',
    target: OFFICE365_PORTAL,
    namedTarget: { kind: 'url', domains: ['sender.office.com'] },
    explanation:
      'Microsoft 365 (Exchange Online, the service behind business mailboxes) refused the message because the sending IP is on its block list. Use the Office 365 delist portal: enter the e-mail address that received this bounce and the blocked IP (one address and one IP per visit), open the confirmation link it mails you within about 10 minutes, then press "Delist IP". Removal takes from about 30 minutes to 24 hours.',
  },
  {
    id: 'office365-banned-sender',
    signal: { statuses: ['5.7.511'], phrases: ['banned sender'] },
    platform: 'office365',
    listing: 'Exchange Online banned sender',
    remedy: 'delist-mail',
    target: 'delist@microsoft.com',
    namedTarget: DELIST_MAILBOX_NAMED,
    explanation:
      'Microsoft 365 banned this sending IP in a way the delist portal cannot undo. Mail the full bounce text and the IP to the address the bounce names; Microsoft usually answers within about 48 hours.',
  },
  {
    id: 'office365-blocklist-1',
    signal: { phrases: ['blocked using blocklist 1'] },
    platform: 'office365',
    listing: 'Older Exchange Online block list ("Blocklist 1")',
    remedy: 'delist-mail',
    target: 'delist@messaging.microsoft.com',
    namedTarget: DELIST_MAILBOX_NAMED,
    explanation:
      'An older Microsoft 365 (Exchange Online) rejection that asks you to forward the bounce to the address it names. That address was reported unreachable in 2021-2022: if your mail to it comes back, use the Office 365 delist portal (https://sender.office.com) instead.',
  },
  {
    id: 'spamhaus-ip',
    signal: {
      codes: ['AS16012611', 'AS3130', 'AS1450'],
      phrases: ['blocked using spamhaus'],
    },
    platform: 'from-text',
    listing: 'Spamhaus listing',
    remedy: 'spamhaus',
    target: SPAMHAUS_CHECK,
    namedTarget: SPAMHAUS_NAMED,
    explanation:
      "Spamhaus lists this IP, and Microsoft refuses mail from it for that reason. Microsoft's forms cannot remove it: look the IP up at Spamhaus, follow their removal steps, then send again.",
  },
  {
    id: 'spamhaus-domain',
    signal: {
      codes: ['S8001', 'S8002'],
      phrases: ['helo domain is listed in spamhaus', 'mailfrom domain is listed in spamhaus'],
    },
    platform: 'from-text',
    listing: 'Spamhaus domain block list (DBL)',
    remedy: 'spamhaus',
    target: SPAMHAUS_CHECK,
    namedTarget: SPAMHAUS_NAMED,
    explanation:
      "The domain your server uses in its HELO greeting or in the MAIL FROM address is on Spamhaus's domain block list. Microsoft's forms cannot help: look the domain up at Spamhaus and request its removal, or send with a domain that is not listed.",
  },
  {
    id: 'recipient-block',
    signal: {
      codes: ['AS16012607'],
      statuses: ['5.7.507', '5.7.513'],
      phrases: ['customer block list', 'rejected by recipient'],
    },
    platform: 'office365',
    listing: "The recipient organisation's own block",
    remedy: 'contact-recipient',
    target: null,
    explanation:
      "The recipient's organisation blocks your mail with its own Microsoft 365 settings. This is not a Microsoft list, and Microsoft's forms cannot change it: contact the recipient by another channel and ask their mail administrator to allow your address or IP.",
  },
  {
    id: 'sender-tenant',
    signal: {
      statuses: ['5.7.501-5.7.503', '5.7.705', '5.7.708', '5.7.750'],
      phrases: [
        'traffic not accepted from this ip',
        'tenant has exceeded threshold',
        'unregistered domain',
      ],
    },
    platform: 'office365',
    listing: 'Your own Microsoft 365 tenant is restricted',
    remedy: 'tenant-admin',
    target: null,
    explanation:
      "This rejection is about the sender's own Microsoft 365 organisation (tenant), not a block list: Microsoft restricted its outgoing mail, for example after suspected spam, too much mail or an unregistered domain. The tenant's administrator must resolve it through Microsoft 365 support. No delisting form applies.",
  },
  {
    id: 'authentication',
    signal: {
      statuses: ['5.7.509', '5.7.515'],
      phrases: ['does not pass dmarc', 'required authentication level'],
    },
    platform: 'from-text',
    listing: 'Sender authentication failed (DMARC, SPF, DKIM)',
    remedy: 'fix-authentication',
    target: null,
    explanation:
      "The message failed the sender authentication checks (DMARC, SPF or DKIM) of its domain. This is not a block list: fix the domain's SPF, DKIM and DMARC records so that they cover this server, then send again. No delisting form applies.",
  },
  {
    id: 'unknown-recipient',
    signal: {
      statuses: ['5.1.1', '5.1.10', '5.4.1'],
      phrases: ['recipient address rejected', 'requested action not taken: mailbox unavailable'],
    },
    platform: 'from-text',
    listing: 'Unknown or refused recipient',
    remedy: 'none',
    target: null,
    explanation:
      'The recipient address does not exist or does not take mail. This is not a block list: check the address with the recipient. No delisting form applies.',
  },
  {
    id: 'message-format',
    signal: { statuses: ['5.7.0'] },
    platform: 'from-text',
    listing: 'Message format rejected',
    remedy: 'none',
    target: null,
    explanation:
      "The receiving server rejected the message's format, not your IP. This is not a block list: compare the message with what the error text says (headers, size, encoding). No delisting form applies.",
  },
  {
    id: 'non-microsoft-server',
    signal: { server: 'other' },
    platform: 'unknown',
    listing: 'Not a Microsoft rejection',
    remedy: 'none',
    target: null,
    explanation:
      "This rejection comes from a server that is not Microsoft's, so Microsoft's delisting forms cannot help. Follow that provider's own instructions, usually given in the error text.",
  },
  {
    id: 'microsoft-unrecognised',
    signal: { server: 'microsoft' },
    platform: 'from-text',
    listing: 'Unrecognised Microsoft rejection',
    remedy: 'unknown',
    target: null,
    explanation:
      "This looks like a Microsoft rejection, but not one this extension recognises. Do not file a delisting request on a guess: read the full text, and look up the code it contains in Microsoft's documentation.",
  },
  UNRECOGNISED,
];
