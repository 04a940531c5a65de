import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../../../src/core/index';
import {
  EOP_TAG,
  exchangeReport,
  OLC,
  PFA,
  postfixDsn,
  postfixLogLine,
  SENDER,
  SENDER_2,
  SENDER_V6,
} from './bounce-samples';

const S3140 = `550 5.7.1 Unfortunately, messages from [${SENDER}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. ${PFA}`;
const BANNED = `550 5.7.606 Access denied, banned sending IP [${SENDER_2}]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(16012609) ${EOP_TAG}`;

describe('analyzeBounce: pasted shapes', () => {
  it('reads HTML pasted from a webmail, with entities and links', () => {
    const html = `<div dir="ltr"><p><b>Delivery has failed</b> to these recipients:<br>buyer@contoso.com</p><p>Remote Server returned &#39;550 5.7.606 Access denied, banned sending IP [${SENDER_2}]. To request removal from this list please visit <a href="https://sender.office.com/">https://sender.office.com/</a> and follow the directions.&nbsp;AS(1430)&#39;</p><!-- footer --></div>`;
    const result = analyzeBounce(html);
    expect(result).toMatchObject({
      rule: 'office365-banned-sending-ip',
      ips: [SENDER_2],
      codes: ['5.7.606', 'AS1430'],
      target: 'https://sender.office.com/',
    });
    expect(result.cleanedText).not.toContain('<');
    expect(result.cleanedText).toContain("Remote Server returned '550 5.7.606");
  });

  it("keeps SMTP's own angle brackets while removing HTML", () => {
    const result = analyzeBounce(postfixLogLine('alice@hotmail.com', OLC, S3140));
    expect(result.cleanedText).toContain('to=<alice@hotmail.com>');
  });

  it('reads a bounce quoted in a forum reply and re-wrapped, with a code and an IP cut in two', () => {
    const quoted = [
      '> On Tue, Mar 12, 2024 at 9:14 AM Mail Delivery System wrote:',
      '> > 550 5.7.1 Unfortunately, messages from [185.23.',
      "> > 4.17] weren't sent. Please contact your Internet service provider since",
      '> >    part of their network is on our block list (S31',
      '> > 40). You can also refer your provider to',
      '> > http://mail.live.com/mail/troubleshooting.aspx#errors.',
    ].join('\n');
    expect(analyzeBounce(quoted)).toMatchObject({
      rule: 'outlook-block-list',
      ips: [SENDER],
      codes: ['5.7.1', 'S3140'],
    });
  });

  it('joins an enhanced status code, an AS code and an IPv6 address cut by wrapping', () => {
    const wrapped = [
      '550 5.7.',
      '606 Access denied, banned sending IP [2a01:4f8:10a:',
      '1d5::25]. To request removal from this list please visit https://sender.office.com/ (AS1601',
      '2609)',
    ].join('\n');
    expect(analyzeBounce(wrapped)).toMatchObject({
      rule: 'office365-banned-sending-ip',
      ips: [SENDER_V6],
      codes: ['5.7.606', 'AS16012609'],
    });
  });

  it('does not glue separate header lines together', () => {
    const result = analyzeBounce(
      postfixDsn({ recipient: 'alice@hotmail.com', remoteMta: OLC, reply: S3140 }),
    );
    expect(result.cleanedText).toContain('Status: 5.7.1\nRemote-MTA: dns;');
  });

  it('undoes markdown links, escapes and code marks from a forum', () => {
    const markdown =
      '`550 5.7.511 Access denied, banned sender\\[185.23.4.17\\]. To request removal from this list, forward this message to [delist@microsoft.com](mailto:delist@microsoft.com). For more information please go to [http://go.microsoft.com/fwlink/?LinkId=526653](http://go.microsoft.com/fwlink/?LinkId=526653). AS(1410)`';
    const result = analyzeBounce(markdown);
    expect(result).toMatchObject({
      rule: 'office365-banned-sender',
      remedy: 'delist-mail',
      ips: [SENDER],
      target: 'delist@microsoft.com',
    });
    expect(result.cleanedText).toContain('forward this message to delist@microsoft.com.');
  });

  it('keeps a markdown link whose text differs from its address', () => {
    const result = analyzeBounce(
      `550 5.7.606 Access denied, banned sending IP [${SENDER}]. To request removal from this list please visit [the portal](https://sender.office.com/) AS(1430)`,
    );
    expect(result.cleanedText).toContain('the portal (https://sender.office.com/)');
    expect(result.target).toBe('https://sender.office.com/');
  });

  it('decodes a quoted-printable message source', () => {
    const source = [
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '550 5.7.1 Unfortunately, messages from [185.23.4.=',
      '17] weren=E2=80=99t sent. Please contact your Internet service provider since par=',
      't of their network is on our block list (S3140). [Name=3DProtocol Filter Agent]',
    ].join('\n');
    const result = analyzeBounce(source);
    expect(result).toMatchObject({
      rule: 'outlook-block-list',
      ips: [SENDER],
      platform: 'outlook.com',
    });
    expect(result.cleanedText).toContain('weren\u2019t sent');
  });

  it('does not follow a link the text names on an untrusted host', () => {
    const result = analyzeBounce(
      `550 5.7.606 Access denied, banned sending IP [${SENDER}]. To request removal from this list please visit https://sender.office.com.evil.example/ AS(1430)`,
    );
    expect(result.target).toBe('https://sender.office.com/');
  });

  it('counts a DSN that repeats its reply in both parts once', () => {
    const result = analyzeBounce(
      postfixDsn({ recipient: 'alice@hotmail.com', remoteMta: OLC, reply: S3140 }),
    );
    expect(result.bounces).toHaveLength(1);
  });

  it('keeps a multi-line reply (550-5.7.1 ... 550 5.7.1) as one bounce', () => {
    const gmail = [
      `550-5.7.1 [${SENDER}] Our system has detected that this message is`,
      '550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,',
      '550 5.7.1 this message has been blocked. - gsmtp',
    ].join('\n');
    expect(analyzeBounce(gmail).bounces).toHaveLength(1);
  });
});

describe('analyzeBounce: several bounces in one paste', () => {
  it('analyzes each bounce of a DSN with two recipients and reports the mixed platforms', () => {
    const dsn = [
      'This is the mail system at host mail.example.net.',
      '',
      `<alice@hotmail.com>: host ${OLC}[104.47.59.161] said: ${S3140}`,
      '',
      `<buyer@contoso.com>: host contoso-com.mail.protection.outlook.com[52.101.68.19] said: ${BANNED}`,
      '',
      'Reporting-MTA: dns; mail.example.net',
      '',
      'Final-Recipient: rfc822; alice@hotmail.com',
      'Action: failed',
      'Status: 5.7.1',
      `Remote-MTA: dns; ${OLC}`,
      `Diagnostic-Code: smtp; ${S3140}`,
      '',
      'Final-Recipient: rfc822; buyer@contoso.com',
      'Action: failed',
      'Status: 5.7.606',
      'Remote-MTA: dns; contoso-com.mail.protection.outlook.com',
      `Diagnostic-Code: smtp; ${BANNED}`,
    ].join('\n');
    const result = analyzeBounce(dsn);
    expect(result.bounces.map((bounce) => [bounce.rule, bounce.platform, bounce.ips])).toEqual([
      ['outlook-block-list', 'outlook.com', [SENDER]],
      ['office365-banned-sending-ip', 'office365', [SENDER_2]],
    ]);
    expect(result.mixedPlatforms).toBe(true);
    expect(result.ips).toEqual([SENDER, SENDER_2]);
    // The first bounce leads; each keeps its own codes.
    expect(result.rule).toBe('outlook-block-list');
    expect(result.bounces[0]?.codes).toEqual(['5.7.1', 'S3140']);
    expect(result.bounces[1]?.codes).toEqual(['5.7.606', 'AS16012609']);
  });

  it('separates an Exim bounce per recipient, taking each host line along', () => {
    const exim = [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  alice@hotmail.com',
      `    host ${OLC} [104.47.59.161]`,
      '    SMTP error from remote mail server after pipelined MAIL FROM:<news@example.net> SIZE=2311:',
      `    ${S3140}`,
      '  buyer@contoso.com',
      '    host contoso-com.mail.protection.outlook.com [52.101.68.19]',
      '    SMTP error from remote mail server after pipelined MAIL FROM:<news@example.net> SIZE=2311:',
      `    ${BANNED}`,
    ].join('\n');
    const result = analyzeBounce(exim);
    expect(result.bounces.map((bounce) => bounce.rule)).toEqual([
      'outlook-block-list',
      'office365-banned-sending-ip',
    ]);
    expect(result.bounces[1]?.text.split('\n')[0]).toBe('buyer@contoso.com');
  });

  it('leads with the bounce that needs a removal request, whatever the order', () => {
    const paste = [
      '550 5.7.509 Access denied, sending domain example.net does not pass DMARC verification and has a DMARC policy of reject.',
      '',
      exchangeReport('buyer@contoso.com', BANNED),
    ].join('\n');
    const result = analyzeBounce(paste);
    expect(result.bounces.map((bounce) => bounce.remedy)).toEqual([
      'fix-authentication',
      'office365-delist-portal',
    ]);
    expect(result.remedy).toBe('office365-delist-portal');
    expect(result.mixedPlatforms).toBe(false);
  });

  it('splits log lines even when one holds a whole multi-line reply', () => {
    const log = [
      postfixLogLine(
        'paul@gmail.com',
        'gmail-smtp-in.l.google.com',
        `550-5.7.1 [${SENDER}] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. 550 5.7.1 This message has been blocked. - gsmtp`,
        '142.250.102.26',
      ),
      postfixLogLine('alice@hotmail.com', OLC, S3140),
    ].join('\n');
    expect(analyzeBounce(log).bounces.map((bounce) => bounce.rule)).toEqual([
      'non-microsoft-server',
      'outlook-block-list',
    ]);
  });

  it('returns an empty analysis for an empty paste', () => {
    for (const empty of ['', '   \n\n  ', '> \n>']) {
      const result = analyzeBounce(empty);
      expect(result).toMatchObject({
        platform: 'unknown',
        remedy: 'unknown',
        ips: [],
        codes: [],
        bounces: [],
        mixedPlatforms: false,
        cleanedText: '',
      });
    }
  });
});
