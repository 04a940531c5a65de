import { describe, expect, it } from 'vitest';
import { BOUNCE_CATALOGUE } from '../../../src/core/bounce/bounce-catalogue';
import { analyzeBounce, type BouncePlatform } from '../../../src/core/index';
import {
  EOP_TAG,
  exchangeReport,
  MS_RECEIVER,
  OLC,
  PFA,
  postfixDsn,
  postfixLogLine,
  RELAY,
  SENDER,
  SENDER_2,
} from './bounce-samples';

interface Sample {
  readonly name: string;
  readonly text: string;
  readonly platform: BouncePlatform;
  readonly ips: readonly string[];
  /** Codes that must be among the result's (in this order). */
  readonly codes?: readonly string[];
  /** When set, the target must be exactly this. */
  readonly target?: string | null;
}

const O365 = 'contoso-com.mail.protection.outlook.com';
const HOTMAIL_MX = 'mx1.hotmail.com';

/** At least two realistic variants per catalogue row: a wrapped DSN with headers and a one-liner. */
const SAMPLES: Record<string, readonly Sample[]> = {
  'outlook-block-list': [
    {
      name: 'Postfix DSN, S3150',
      text: postfixDsn({
        recipient: 'alice@hotmail.com',
        remoteMta: OLC,
        reply: `550 5.7.1 Unfortunately, messages from [${SENDER}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. ${PFA}`,
      }),
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['5.7.1', 'S3150'],
      target: 'https://olcsupport.office.com/',
    },
    {
      name: 'bare reply, S3140',
      text: `550 5.7.1 Unfortunately, messages from [${SENDER}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. ${PFA} [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2024-03-12T09:14:27.311Z 08DC41E2C9F0A7B3]`,
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['5.7.1', 'S3140'],
    },
    {
      name: 'Postfix log line, AS3140',
      text: postfixLogLine(
        'bob@outlook.com',
        OLC,
        `550 5.7.1 Unfortunately, messages from [${SENDER_2}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3140).`,
      ),
      platform: 'outlook.com',
      ips: [SENDER_2],
      codes: ['5.7.1', 'AS3140'],
    },
    {
      name: 'older text without a code',
      text: `550 5.7.1 Unfortunately, messages from ${SENDER} weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.`,
      platform: 'outlook.com',
      ips: [SENDER],
    },
  ],
  'outlook-legacy-reputation': [
    {
      name: 'Postfix DSN from mx1.hotmail.com, OU-002',
      text: postfixDsn({
        recipient: 'carol@hotmail.com',
        remoteMta: HOTMAIL_MX,
        remoteIp: '65.55.92.152',
        reply: `550 OU-002 (COL004-MC1F21) Unfortunately, messages from ${SENDER} weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.`,
      }),
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['OU-002'],
    },
    {
      name: 'bare reply, SC-001 (whose text also names the block list)',
      text: `550 SC-001 (SNT004-MC1F43) Unfortunately, messages from ${SENDER} weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.`,
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['SC-001'],
    },
  ],
  'outlook-namespace-mining': [
    {
      name: 'Postfix DSN, SC-002, no IP in the text',
      text: postfixDsn({
        recipient: 'dave@live.com',
        remoteMta: 'mx3.hotmail.com',
        remoteIp: '65.55.37.104',
        reply:
          '550 SC-002 (BAY0-MC3-F27) Mail rejected by Windows Live Hotmail for policy reasons. The mail server IP connecting to Windows Live Hotmail has exhibited namespace mining behavior. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help. Email/network admins, please visit http://postmaster.live.com for email delivery information and support',
      }),
      platform: 'outlook.com',
      ips: [],
      codes: ['SC-002'],
    },
    {
      name: 'bare reply',
      text: '550 SC-002 (SNT0-MC2-F36) Mail rejected by Windows Live Hotmail for policy reasons. The mail server IP connecting to Windows Live Hotmail has exhibited namespace mining behavior.',
      platform: 'outlook.com',
      ips: [],
    },
  ],
  'outlook-open-relay': [
    {
      name: 'Postfix DSN, SC-003',
      text: postfixDsn({
        recipient: 'erin@msn.com',
        remoteMta: 'mx2.hotmail.com',
        remoteIp: '65.54.188.110',
        reply:
          '550 SC-003 (COL0-MC2-F18) Mail rejected by Windows Live Hotmail for policy reasons. Your IP address appears to be an open proxy or relay. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help.',
      }),
      platform: 'outlook.com',
      ips: [],
      codes: ['SC-003'],
    },
    {
      name: 'bare reply',
      text: '550 SC-003 (BAY0-MC4-F12) Mail rejected by Windows Live Hotmail for policy reasons. Your IP address appears to be an open proxy or relay.',
      platform: 'outlook.com',
      ips: [],
    },
  ],
  'outlook-complaints': [
    {
      name: 'Postfix DSN, SC-004',
      text: postfixDsn({
        recipient: 'frank@hotmail.com',
        remoteMta: 'mx4.hotmail.com',
        remoteIp: '65.55.33.119',
        reply:
          '550 SC-004 (SNT0-MC4-F21) Mail rejected by Windows Live Hotmail for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. We recommend enrolling in our Junk Email Reporting Program (JMRP), a free program intended to help senders remove unwanted recipients from their e-mail list.',
      }),
      platform: 'outlook.com',
      ips: [],
      codes: ['SC-004'],
    },
    {
      name: 'bare reply',
      text: '550 SC-004 (BAY0-MC1-F9) Mail rejected by Windows Live Hotmail for policy reasons. A block has been placed against your IP address because we have received complaints.',
      platform: 'outlook.com',
      ips: [],
    },
  ],
  'outlook-spamhaus': [
    {
      name: 'Postfix DSN, OU-001',
      text: postfixDsn({
        recipient: 'gina@hotmail.com',
        remoteMta: HOTMAIL_MX,
        remoteIp: '65.55.92.152',
        reply: `550 OU-001 (SNT004-MC2F36) Unfortunately, messages from ${SENDER} weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.`,
      }),
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['OU-001'],
      target: 'https://check.spamhaus.org/',
    },
    {
      name: 'bare reply',
      text: '550 OU-001 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems.',
      platform: 'outlook.com',
      ips: [],
    },
  ],
  'outlook-dynamic-ip': [
    {
      name: 'Postfix DSN, DY-001',
      text: postfixDsn({
        recipient: 'hank@hotmail.com',
        remoteMta: HOTMAIL_MX,
        remoteIp: '65.55.92.152',
        reply: `550 DY-001 (SNT004-MC1F43) Unfortunately, messages from ${SENDER} weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.`,
      }),
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['DY-001'],
    },
    {
      name: 'bare reply, DY-002',
      text: `550 DY-002 (COL0-MC5-F28) Unfortunately, messages from ${SENDER_2} weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.`,
      platform: 'outlook.com',
      ips: [SENDER_2],
      codes: ['DY-002'],
    },
  ],
  'outlook-rate-limited': [
    {
      name: 'Postfix DSN, 4.7.651 (S3114)',
      text: postfixDsn({
        recipient: 'ivy@outlook.com',
        remoteMta: OLC,
        reply: `451 4.7.651 The mail server [${SENDER}] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3114) ${PFA}`,
      }),
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['4.7.651', 'S3114'],
      target: null,
    },
    {
      name: 'bare reply, 4.7.650 (S775)',
      text: `451 4.7.650 The mail server [${SENDER}] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) ${PFA}`,
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['4.7.650', 'S775'],
    },
    {
      name: 'Postfix log line, S844',
      text: postfixLogLine(
        'jack@live.com',
        OLC,
        `451 4.7.650 The mail server [${SENDER_2}] has been temporarily rate limited due to IP reputation. (S844)`,
      ).replace('status=bounced', 'status=deferred'),
      platform: 'outlook.com',
      ips: [SENDER_2],
      codes: ['S844'],
    },
  ],
  'outlook-too-many-connections': [
    {
      name: 'Postfix DSN, 4.7.652',
      text: postfixDsn({
        recipient: 'kate@outlook.com',
        remoteMta: OLC,
        reply: `451 4.7.652 The mail server [${SENDER}] has exceeded the maximum number of connections. (S3115) ${PFA}`,
      }),
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['4.7.652', 'S3115'],
    },
    {
      name: 'bare reply',
      text: `451 4.7.652 The mail server [${SENDER}] has exceeded the maximum number of connections. (S3115)`,
      platform: 'outlook.com',
      ips: [SENDER],
    },
  ],
  'outlook-server-busy': [
    {
      name: 'Postfix DSN, AS761',
      text: postfixDsn({
        recipient: 'liam@hotmail.com',
        remoteMta: OLC,
        reply: `451 4.7.500 Server busy. Please try again later from [${SENDER}]. (AS761) ${PFA}`,
      }),
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['4.7.500', 'AS761'],
    },
    {
      name: 'bare reply',
      text: `451 4.7.500 Server busy. Please try again later from [${SENDER_2}]. (AS761)`,
      platform: 'outlook.com',
      ips: [SENDER_2],
    },
  ],
  'office365-banned-sending-ip': [
    {
      name: 'Postfix DSN, 5.7.606 with AS(1430)',
      text: postfixDsn({
        recipient: 'buyer@contoso.com',
        remoteMta: O365,
        remoteIp: '52.101.68.19',
        reply: `550 5.7.606 Access denied, banned sending IP [${SENDER}]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) ${EOP_TAG}`,
      }),
      platform: 'office365',
      ips: [SENDER],
      codes: ['5.7.606', 'AS1430'],
      target: 'https://sender.office.com/',
    },
    {
      name: 'Exchange report, 5.7.607 with AS16012609',
      text: exchangeReport(
        'buyer@fabrikam.com',
        `550 5.7.607 Access denied, banned sending IP [${SENDER_2}]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609) ${EOP_TAG}`,
      ),
      platform: 'office365',
      ips: [SENDER_2],
      codes: ['5.7.607', 'AS16012609'],
    },
    {
      name: 'bare reply, 5.7.649',
      text: `550 5.7.649 Access denied, banned sending IP [${SENDER}]. To request removal from this list please visit https://sender.office.com/ and follow the directions. AS(1430)`,
      platform: 'office365',
      ips: [SENDER],
      codes: ['5.7.649', 'AS1430'],
    },
  ],
  'office365-banned-sender': [
    {
      name: 'Exchange report naming delist@microsoft.com',
      text: exchangeReport(
        'sales@northwind.com',
        `550 5.7.511 Access denied, banned sender[${SENDER}]. To request removal from this list, forward this message to delist@microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(1410) [DM6NAM12FT008.eop-nam12.prod.protection.outlook.com 2023-02-01T02:52:56.703Z 08DB03E3F757F606]`,
      ),
      platform: 'office365',
      ips: [SENDER],
      codes: ['5.7.511', 'AS1410'],
      target: 'delist@microsoft.com',
    },
    {
      name: 'older bare reply naming delist@messaging.microsoft.com',
      text: `550 5.7.511 Access denied, banned sender[${SENDER_2}]. To request removal from this list, forward this message to delist@messaging.microsoft.com.`,
      platform: 'office365',
      ips: [SENDER_2],
      target: 'delist@messaging.microsoft.com',
    },
    {
      name: 'Postfix DSN',
      text: postfixDsn({
        recipient: 'info@northwind.com',
        remoteMta: 'northwind-com.mail.protection.outlook.com',
        remoteIp: '52.101.40.7',
        reply: `550 5.7.511 Access denied, banned sender[${SENDER}]. To request removal from this list, forward this message to delist@microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(1410)`,
      }),
      platform: 'office365',
      ips: [SENDER],
      target: 'delist@microsoft.com',
    },
  ],
  'office365-blocklist-1': [
    {
      name: 'Postfix DSN',
      text: postfixDsn({
        recipient: 'ops@tailspin.com',
        remoteMta: 'mail.global.frontbridge.com',
        remoteIp: '65.55.88.22',
        reply: `550 5.7.1 Service unavailable; Client host [${SENDER}] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com`,
      }),
      platform: 'office365',
      ips: [SENDER],
      target: 'delist@messaging.microsoft.com',
    },
    {
      name: 'bare reply',
      text: `550 5.7.1 Service unavailable; Client host [${SENDER_2}] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com.`,
      platform: 'office365',
      ips: [SENDER_2],
    },
  ],
  'spamhaus-ip': [
    {
      name: 'Exchange Online, AS3130, names the Spamhaus page',
      text: postfixDsn({
        recipient: 'team@contoso.com',
        remoteMta: O365,
        remoteIp: '52.101.68.19',
        reply: `550 5.7.1 Service unavailable, Client host [${SENDER}] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/${SENDER} (AS3130). ${EOP_TAG}`,
      }),
      platform: 'office365',
      ips: [SENDER],
      codes: ['5.7.1', 'AS3130'],
      target: `https://www.spamhaus.org/query/ip/${SENDER}`,
    },
    {
      name: 'Outlook.com one-liner, AS16012611',
      text: `550 5.7.1 Service unavailable, Client host [${SENDER}] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup.lasso (AS16012611) ${PFA}`,
      platform: 'outlook.com',
      ips: [SENDER],
      codes: ['AS16012611'],
      target: 'https://www.spamhaus.org/query/lookup.lasso',
    },
    {
      name: 'AS(1450) without a link',
      text: `550 5.7.1 Service unavailable, Client host [${SENDER}] blocked using Spamhaus. AS(1450)`,
      platform: 'unknown',
      ips: [SENDER],
      codes: ['AS1450'],
      target: 'https://check.spamhaus.org/',
    },
  ],
  'spamhaus-domain': [
    {
      name: 'Postfix DSN, S8001',
      text: postfixDsn({
        recipient: 'mia@outlook.com',
        remoteMta: OLC,
        reply: `550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/dbl?domain=mail.example.net (S8001) ${PFA}`,
      }),
      platform: 'outlook.com',
      ips: [],
      codes: ['S8001'],
      target: 'https://www.spamhaus.org/query/dbl?domain=mail.example.net',
    },
    {
      name: 'bare reply, S8002',
      text: '550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup.lasso (S8002)',
      platform: 'unknown',
      ips: [],
      codes: ['S8002'],
      target: 'https://www.spamhaus.org/query/lookup.lasso',
    },
  ],
  'recipient-block': [
    {
      name: 'Postfix DSN, customer block list (AS16012607)',
      text: postfixDsn({
        recipient: 'ceo@fabrikam.com',
        remoteMta: 'fabrikam-com.mail.protection.outlook.com',
        remoteIp: '52.101.41.3',
        reply: `550 5.7.513 Service unavailable, Client host [${SENDER}] blocked by fabrikam.com using Customer Block list (AS16012607) ${EOP_TAG}`,
      }),
      platform: 'office365',
      ips: [SENDER],
      codes: ['5.7.513', 'AS16012607'],
      target: null,
    },
    {
      name: 'bare reply, rejected by recipient',
      text: '550 5.7.507 Access denied, rejected by recipient',
      platform: 'office365',
      ips: [],
      codes: ['5.7.507'],
    },
  ],
  'sender-tenant': [
    {
      name: 'Exchange report, 5.7.708',
      text: exchangeReport(
        'partner@example.org',
        '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [VI1EUR04HT123.eop-eur04.prod.protection.outlook.com]',
      ),
      platform: 'office365',
      ips: [],
      codes: ['5.7.708'],
    },
    {
      name: 'bare reply, 5.7.705',
      text: '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653',
      platform: 'office365',
      ips: [],
    },
    {
      name: 'bare reply, 5.7.750',
      text: '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653',
      platform: 'office365',
      ips: [],
    },
    {
      name: 'bare reply, 5.7.501',
      text: '550 5.7.501 Service unavailable. Spam abandonment in progress.',
      platform: 'office365',
      ips: [],
    },
  ],
  authentication: [
    {
      name: 'Postfix DSN, DMARC reject (5.7.509)',
      text: postfixDsn({
        recipient: 'anna@contoso.com',
        remoteMta: O365,
        remoteIp: '52.101.68.19',
        reply:
          '550 5.7.509 Access denied, sending domain example.net does not pass DMARC verification and has a DMARC policy of reject. [DB5PEPF00014B9A.eurprd02.prod.outlook.com 2024-03-12T09:14:27.311Z 08DC41E2C9F0A7B3]',
      }),
      platform: 'office365',
      ips: [],
      codes: ['5.7.509'],
    },
    {
      name: 'bare reply, 5.7.515',
      text: "550 5.7.515 Access denied, sending domain example.net doesn't meet the required authentication level.",
      platform: 'unknown',
      ips: [],
    },
  ],
  'unknown-recipient': [
    {
      name: 'Postfix DSN, 5.4.1',
      text: postfixDsn({
        recipient: 'nobody@contoso.com',
        remoteMta: O365,
        remoteIp: '52.101.68.19',
        reply: `550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]`,
      }),
      platform: 'office365',
      ips: [],
      codes: ['5.4.1'],
    },
    {
      name: 'Outlook.com one-liner, mailbox unavailable',
      text: '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302) [AM4PEPF00027A5F.eurprd04.prod.outlook.com]',
      platform: 'unknown',
      ips: [],
      codes: ['5.5.0', 'S2017062302'],
    },
  ],
  'message-format': [
    {
      name: 'Postfix DSN, 5.7.0',
      text: postfixDsn({
        recipient: 'olga@hotmail.com',
        remoteMta: OLC,
        reply: '550 5.7.0 Message rejected: the message format does not comply with RFC 5322.',
      }),
      platform: 'outlook.com',
      ips: [],
      codes: ['5.7.0'],
    },
    {
      name: 'bare reply',
      text: '554 5.7.0 Message format rejected',
      platform: 'unknown',
      ips: [],
    },
  ],
  'non-microsoft-server': [
    {
      name: 'Postfix DSN from Gmail, with an IP in brackets',
      text: postfixDsn({
        recipient: 'paul@gmail.com',
        remoteMta: 'gmail-smtp-in.l.google.com',
        remoteIp: '142.250.102.26',
        reply: `550-5.7.1 [${SENDER}] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.`,
      }),
      platform: 'unknown',
      ips: [],
    },
    {
      name: 'Postfix log line from Yahoo',
      text: postfixLogLine(
        'quinn@yahoo.com',
        'mta7.am0.yahoodns.net',
        '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes',
        '67.195.204.77',
      ),
      platform: 'unknown',
      ips: [],
    },
  ],
  'microsoft-unrecognised': [
    {
      name: 'Postfix DSN, a code the catalogue does not list',
      text: postfixDsn({
        recipient: 'ray@contoso.com',
        remoteMta: O365,
        remoteIp: '52.101.68.19',
        reply: '550 5.7.520 Access denied, Your organization does not allow external forwarding.',
      }),
      platform: 'office365',
      ips: [],
    },
    {
      name: 'bare reply from Outlook.com',
      text: `421 4.3.2 The maximum number of concurrent server connections has been exceeded. ${PFA}`,
      platform: 'outlook.com',
      ips: [],
    },
  ],
  unrecognised: [
    {
      name: 'a question instead of a bounce',
      text: 'Hi, our mails to customers do not arrive since Monday. What should we do?',
      platform: 'unknown',
      ips: [],
    },
    {
      name: 'a Postfix DSN without any reply',
      text: 'Final-Recipient: rfc822; sam@example.com\nAction: delayed\nStatus: 4.4.1\n',
      platform: 'unknown',
      ips: [],
    },
  ],
};

describe('bounce catalogue', () => {
  it('has realistic samples for every row, a DSN and a one-liner at least', () => {
    for (const row of BOUNCE_CATALOGUE) {
      expect(SAMPLES[row.id]?.length ?? 0, row.id).toBeGreaterThanOrEqual(2);
    }
    expect(Object.keys(SAMPLES).sort()).toEqual(BOUNCE_CATALOGUE.map((row) => row.id).sort());
  });

  it('has unique ids and a listing and an explanation for every row', () => {
    expect(new Set(BOUNCE_CATALOGUE.map((row) => row.id)).size).toBe(BOUNCE_CATALOGUE.length);
    for (const row of BOUNCE_CATALOGUE) {
      expect(row.listing.length, row.id).toBeGreaterThan(5);
      expect(row.explanation.length, row.id).toBeGreaterThan(40);
    }
  });

  it('has no phrase inside another, so that one search finds them all', () => {
    const phrases = BOUNCE_CATALOGUE.flatMap((row) => row.signal.phrases ?? []);
    for (const phrase of phrases) {
      expect(phrase).toBe(phrase.toLowerCase());
      const containing = phrases.filter((other) => other !== phrase && other.includes(phrase));
      expect(containing, phrase).toEqual([]);
    }
  });

  describe.each(Object.entries(SAMPLES))('%s', (id, samples) => {
    const row = BOUNCE_CATALOGUE.find((candidate) => candidate.id === id);
    it.each(samples.map((sample) => [sample.name, sample] as const))('%s', (_, sample) => {
      const result = analyzeBounce(sample.text);
      expect(result.bounces).toHaveLength(1);
      expect(result.rule).toBe(id);
      expect(result.remedy).toBe(row?.remedy);
      expect(result.listing).toBe(row?.listing);
      expect(result.explanation).toBe(row?.explanation);
      expect(result.platform).toBe(sample.platform);
      expect(result.ips).toEqual(sample.ips);
      expect(result.ips).not.toContain(MS_RECEIVER);
      expect(result.ips).not.toContain(RELAY);
      if (sample.codes) {
        expect(result.codes.filter((code) => sample.codes?.includes(code))).toEqual(sample.codes);
      }
      if (sample.target !== undefined) expect(result.target).toBe(sample.target);
      else expect(result.target).toBe(row?.target);
      // Every verdict says why, except the last resort.
      if (id !== 'unrecognised') expect(result.evidence.length).toBeGreaterThan(0);
      for (const quote of result.evidence) expect(sample.text).toContain(quote);
    });
  });
});
