// Realistic bounces for the analyzer's tests, written in the shapes operators paste: Postfix and
// Exim DSNs, Exchange reports, MTA log lines, bare replies.

/** The sending IPs of the samples (public unicast). */
export const SENDER = '185.23.4.17';
export const SENDER_2 = '45.87.160.33';
export const SENDER_V6 = '2a01:4f8:10a:1d5::25';
/** A relay in the header trail: public, but not what Microsoft names. */
export const RELAY = '93.184.216.34';
/** Microsoft's receiving server: named in every bounce, never the IP to delist. */
export const MS_RECEIVER = '104.47.59.161';

/** Word-wraps like an MTA does: lines up to `width`, continuation lines indented. */
export function wrap(text: string, width = 72, indent = '    '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

interface DsnParts {
  readonly recipient: string;
  readonly remoteMta: string;
  readonly remoteIp?: string;
  /** The full SMTP reply, e.g. `550 5.7.1 Unfortunately, ...`. */
  readonly reply: string;
}

/** A complete Postfix bounce: human-readable part and the delivery-status part, both wrapped. */
export function postfixDsn({ recipient, remoteMta, remoteIp = MS_RECEIVER, reply }: DsnParts) {
  const status = /^\d{3}[ -]([245]\.\d+\.\d+)/.exec(reply)?.[1] ?? '5.0.0';
  return [
    'This is the mail system at host mail.example.net.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    '                   The mail system',
    '',
    wrap(
      `<${recipient}>: host ${remoteMta}[${remoteIp}] said: ${reply} (in reply to MAIL FROM command)`,
    ),
    '',
    'Reporting-MTA: dns; mail.example.net',
    'X-Postfix-Queue-ID: 4F3A21C0B7',
    'X-Postfix-Sender: rfc822; newsletter@example.net',
    'Arrival-Date: Tue, 12 Mar 2024 09:14:26 +0100 (CET)',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822;${recipient}`,
    'Action: failed',
    `Status: ${status}`,
    `Remote-MTA: dns; ${remoteMta}`,
    wrap(`Diagnostic-Code: smtp; ${reply}`),
    '',
  ].join('\n');
}

/** An Exchange / Outlook non-delivery report as copied from the message window. */
export function exchangeReport(recipient: string, reply: string): string {
  return [
    'Delivery has failed to these recipients or groups:',
    '',
    recipient,
    'A problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, please contact your helpdesk.',
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: AM0PR04MB6419.eurprd04.prod.outlook.com',
    '',
    recipient,
    `Remote Server returned '${reply}'`,
    '',
    'Original message headers:',
    '',
    `Received: from relay.example.net (${RELAY}) by AM0PR04MB6419.eurprd04.prod.outlook.com`,
    ' with Microsoft SMTP Server id 15.20.7386.15; Tue, 12 Mar 2024 08:14:26 +0000',
  ].join('\n');
}

/** A Postfix log line for a bounced delivery. */
export function postfixLogLine(
  recipient: string,
  relay: string,
  reply: string,
  relayIp = MS_RECEIVER,
) {
  return `Mar 12 09:14:27 mail postfix/smtp[20417]: 4F3A21C0B7: to=<${recipient}>, relay=${relay}[${relayIp}]:25, delay=1.1, delays=0.1/0/0.6/0.4, dsn=5.7.1, status=bounced (host ${relay}[${relayIp}] said: ${reply} (in reply to MAIL FROM command))`;
}

export const OLC = 'hotmail-com.olc.protection.outlook.com';
export const PFA = '[Name=Protocol Filter Agent][AGT=PFA][MxId=11BB5C3A8D2E41F7]';
export const EOP_TAG = '[BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]';
