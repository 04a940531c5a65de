import { describe, expect, it } from 'vitest';
import { analyzeBounce, MICROSOFT_DELIST_REMEDIES } from '../../../src/core/index';
import {
  EOP_TAG,
  exchangeReport,
  OLC,
  PFA,
  postfixDsn,
  postfixLogLine,
  SENDER,
} from './bounce-samples';

const O365 = 'contoso-com.mail.protection.outlook.com';

/** Texts that are not a Microsoft block list, and what they really mean. */
const NOT_A_BLOCK_LIST: readonly (readonly [string, string, string])[] = [
  [
    'DMARC failure',
    '550 5.7.509 Access denied, sending domain example.net does not pass DMARC verification and has a DMARC policy of reject.',
    'fix-authentication',
  ],
  [
    'authentication level',
    postfixDsn({
      recipient: 'anna@contoso.com',
      remoteMta: O365,
      reply:
        "550 5.7.515 Access denied, sending domain example.net doesn't meet the required authentication level.",
    }),
    'fix-authentication',
  ],
  [
    'unknown recipient',
    exchangeReport(
      'nobody@contoso.com',
      `550 5.4.1 Recipient address rejected: Access denied. AS(201806281) ${EOP_TAG}`,
    ),
    'none',
  ],
  [
    'unknown Outlook.com mailbox',
    postfixLogLine(
      'nobody@hotmail.com',
      OLC,
      `550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). ${PFA}`,
    ),
    'none',
  ],
  ['message format', '554 5.7.0 Message format rejected', 'none'],
  [
    "the recipient's own block list, naming the sending IP",
    `550 5.7.513 Service unavailable, Client host [${SENDER}] blocked by fabrikam.com using Customer Block list (AS16012607) ${EOP_TAG}`,
    'contact-recipient',
  ],
  [
    'rejected by the recipient',
    '550 5.7.507 Access denied, rejected by recipient',
    'contact-recipient',
  ],
  [
    "the sender's own tenant",
    exchangeReport(
      'partner@example.org',
      '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. AS(7230)',
    ),
    'tenant-admin',
  ],
  [
    "the sender's own tenant over its threshold",
    '550 5.7.705 Access denied, tenant has exceeded threshold.',
    'tenant-admin',
  ],
  [
    'a Gmail block that names the sending IP',
    postfixDsn({
      recipient: 'paul@gmail.com',
      remoteMta: 'gmail-smtp-in.l.google.com',
      remoteIp: '142.250.102.26',
      reply: `550-5.7.1 [${SENDER}] Our system has detected that this message is likely unsolicited mail.`,
    }),
    'none',
  ],
  [
    'a non-Microsoft server using a Microsoft-looking status',
    postfixLogLine(
      'x@example.org',
      'mx.example.org',
      '550 5.7.606 Rejected by local policy',
      '88.198.10.20',
    ),
    'none',
  ],
  [
    'throttling',
    `451 4.7.650 The mail server [${SENDER}] has been temporarily rate limited due to IP reputation. (S775)`,
    'slow-down',
  ],
];

describe('analyzeBounce: texts that are not a Microsoft block list', () => {
  it.each(NOT_A_BLOCK_LIST)('%s: %#', (_, text, remedy) => {
    const result = analyzeBounce(text);
    expect(result.remedy).toBe(remedy);
    expect(MICROSOFT_DELIST_REMEDIES).not.toContain(result.remedy);
    for (const bounce of result.bounces)
      expect(MICROSOFT_DELIST_REMEDIES).not.toContain(bounce.remedy);
    // The explanation says plainly that no delisting form applies or what to do instead.
    expect(result.explanation).not.toMatch(/sender-support form and paste|delist portal:/i);
  });

  it('says the non-Microsoft server is not Microsoft and names it', () => {
    const result = analyzeBounce(NOT_A_BLOCK_LIST[9]?.[1] ?? '');
    expect(result.rule).toBe('non-microsoft-server');
    expect(result.evidence).toContain('gmail-smtp-in.l.google.com');
    expect(result.explanation).toMatch(/not Microsoft's/);
  });
});
