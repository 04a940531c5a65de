import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../../../src/core/index';
import {
  EOP_TAG,
  MS_RECEIVER,
  OLC,
  PFA,
  postfixDsn,
  postfixLogLine,
  SENDER,
  SENDER_2,
  SENDER_V6,
} from './bounce-samples';

const s3140 = (ip: string) =>
  `550 5.7.1 Unfortunately, messages from [${ip}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). ${PFA}`;
const banned = (ip: string) =>
  `550 5.7.606 Access denied, banned sending IP [${ip}]. To request removal from this list please visit https://sender.office.com/ and follow the directions. AS(1430) ${EOP_TAG}`;

describe('analyzeBounce: the blocked IPs', () => {
  it.each([
    ['x.x.x.x', 'x.x.x.x'],
    ['[IP]', 'IP'],
    ['999.999.999.999', '999.999.999.999'],
    ['a partly masked address', '185.23.4.xxx'],
    ['stars', '185.23.*.*'],
    ['a placeholder in angle brackets', '<your IP>'],
  ])('reads no IP from %s, yet still names the list', (_, masked) => {
    const result = analyzeBounce(s3140(masked));
    expect(result.ips).toEqual([]);
    expect(result.rule).toBe('outlook-block-list');
    expect(result.remedy).toBe('outlook-sender-form');
  });

  it('reads no IP when the bounce names none', () => {
    const result = analyzeBounce(
      "550 5.7.1 Unfortunately, messages weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
    );
    expect(result.ips).toEqual([]);
    expect(result.remedy).toBe('outlook-sender-form');
  });

  it("never takes Microsoft's receiving server, the Remote-MTA or a relay for the sender", () => {
    const dsn = postfixDsn({
      recipient: 'alice@hotmail.com',
      remoteMta: OLC,
      reply: s3140(SENDER),
    });
    const relayed = `Received: from smarthost.example.net (smarthost.example.net [${SENDER_2}])\n${dsn}`;
    const result = analyzeBounce(relayed);
    expect(result.ips).toEqual([SENDER]);
    expect(dsn).toContain(MS_RECEIVER);
  });

  it('skips addresses that can never be delisted (private, documentation, loopback)', () => {
    for (const ip of ['10.1.2.3', '192.168.0.10', '203.0.113.7', '127.0.0.1', '2001:db8::1']) {
      expect(analyzeBounce(banned(ip)).ips, ip).toEqual([]);
    }
  });

  it('reads IPv6, bracketed or with the IPv6: prefix, in canonical form', () => {
    expect(analyzeBounce(banned(SENDER_V6)).ips).toEqual([SENDER_V6]);
    expect(analyzeBounce(banned('IPv6:2A01:04F8:010A:01D5:0000:0000:0000:0025')).ips).toEqual([
      SENDER_V6,
    ]);
    expect(
      analyzeBounce(
        `550 5.7.1 Unfortunately, messages from ${SENDER_V6} weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).`,
      ).ips,
    ).toEqual([SENDER_V6]);
  });

  it('gathers several IPs, deduplicated, in the order they appear', () => {
    const log = [
      postfixLogLine('a@hotmail.com', OLC, s3140(SENDER_2)),
      postfixLogLine('b@hotmail.com', OLC, s3140(SENDER)),
      postfixLogLine('c@hotmail.com', OLC, s3140(SENDER_2)),
      postfixLogLine('d@outlook.com', OLC, s3140(SENDER_V6)),
    ].join('\n');
    const result = analyzeBounce(log);
    expect(result.ips).toEqual([SENDER_2, SENDER, SENDER_V6]);
    expect(result.bounces.map((bounce) => bounce.ips)).toEqual([[SENDER_2], [SENDER], [SENDER_V6]]);
  });

  it("reads the IP from each of Microsoft's sentences", () => {
    const sentences = [
      `messages from [${SENDER}] weren't sent (S3140)`,
      `Access denied, banned sending IP [${SENDER}]. AS(1430)`,
      `Access denied, banned sender[${SENDER}]. forward this message to delist@microsoft.com`,
      `Service unavailable, Client host [${SENDER}] blocked using Spamhaus (AS3130)`,
      `The mail server [${SENDER}] has been temporarily rate limited due to IP reputation (S775)`,
      `Server busy. Please try again later from [${SENDER}]. (AS761)`,
    ];
    for (const sentence of sentences)
      expect(analyzeBounce(sentence).ips, sentence).toEqual([SENDER]);
  });

  it('takes an IP only when the address ends where the token ends', () => {
    expect(analyzeBounce(`messages from ${SENDER}xyz weren't sent (S3140)`).ips).toEqual([]);
    expect(analyzeBounce(`messages from ${SENDER}.5 weren't sent (S3140)`).ips).toEqual([]);
    expect(analyzeBounce(`messages from ${SENDER}. Sorry (S3140)`).ips).toEqual([SENDER]);
    expect(analyzeBounce("messages from example.net weren't sent (S3140)").ips).toEqual([]);
  });
});
