// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type IpList, parseIpList } from '../../../src/core/ip-list';
import { countAddresses, expandToAddresses } from '../../../src/core/ip-list-expand';

const codes = (list: IpList) => list.problems.map((p) => `${p.index}:${p.severity}:${p.code}`);

describe('parseIpList: input as people paste it', () => {
  it('accepts ";", ",", spaces, tabs and new lines, ignoring empty entries', () => {
    const list = parseIpList(' 8.8.8.8;1.1.1.1 ,9.9.9.9\n\n208.67.222.222\t\r\n4.2.2.2;; ;');
    expect(list.ok).toBe(true);
    expect(list.problems).toEqual([]);
    expect(list.normalized).toBe('8.8.8.8; 1.1.1.1; 9.9.9.9; 208.67.222.222; 4.2.2.2');
  });

  it('reads addresses in brackets as bounces print them', () => {
    const list = parseIpList('[8.8.8.8], [IPv6:2a00:1450:4001::1]');
    expect(list.entries.map((e) => e.canonical)).toEqual(['8.8.8.8', '2a00:1450:4001::1']);
    expect(list.entries.map((e) => e.text)).toEqual(['[8.8.8.8]', '[IPv6:2a00:1450:4001::1]']);
  });

  it('keeps spaces around a range dash inside the entry', () => {
    const list = parseIpList('8.8.8.0 - 8.8.8.255; 1.1.1.1 –1.1.1.1');
    expect(list.entries.map((e) => [e.text, e.canonical])).toEqual([
      ['8.8.8.0 - 8.8.8.255', '8.8.8.0/24'],
      ['1.1.1.1 –1.1.1.1', '1.1.1.1'],
    ]);
  });

  it('gives each entry its offsets in the input', () => {
    const text = '  8.8.8.8 ;\n10.0.0.1, [1.1.1.1]';
    const list = parseIpList(text);
    for (const entry of list.entries) expect(text.slice(entry.start, entry.end)).toBe(entry.text);
    const [problem] = list.problems;
    expect(problem && text.slice(problem.start, problem.end)).toBe('10.0.0.1');
    expect(list.entries.map((e) => e.index)).toEqual([0, 2]);
  });

  it('is not ok without any entry', () => {
    for (const text of ['', '  ', ' ;, \n']) {
      const list = parseIpList(text);
      expect(list.ok).toBe(false);
      expect(list.entries).toEqual([]);
      expect(list.normalized).toBe('');
    }
  });
});

describe('parseIpList: what is accepted', () => {
  it.each([
    ['8.8.8.8', '8.8.8.8', 4, 'address'],
    ['8.8.8.0/24', '8.8.8.0/24', 4, 'cidr'],
    ['8.8.8.8/32', '8.8.8.8', 4, 'cidr'],
    ['2A00:1450:4001:829::200E', '2a00:1450:4001:829::200e', 6, 'address'],
    ['2a00:1450::/32', '2a00:1450::/32', 6, 'cidr'],
    ['2a00:1450::1/128', '2a00:1450::1', 6, 'cidr'],
    ['8.8.8.0-8.8.8.255', '8.8.8.0/24', 4, 'range'],
    ['8.8.8.1-8.8.8.6', '8.8.8.1; 8.8.8.2/31; 8.8.8.4/31; 8.8.8.6', 4, 'range'],
    ['2a00:1450::-2a00:1450::3', '2a00:1450::/126', 6, 'range'],
    ['::ffff:8.8.8.8', '8.8.8.8', 4, 'address'],
  ])('%s → %s', (text, canonical, version, kind) => {
    const list = parseIpList(text);
    expect(list.ok).toBe(true);
    expect(list.entries).toMatchObject([{ text, canonical, version, kind, index: 0 }]);
    expect(list.normalized).toBe(canonical);
  });

  it('warns that the Outlook.com form may not take IPv6', () => {
    const list = parseIpList('2a00:1450:4001::1');
    expect(list.ok).toBe(true);
    expect(list.problems).toMatchObject([{ severity: 'warning', code: 'ipv6', index: 0 }]);
    expect(list.problems[0]?.message).toMatch(
      /"2a00:1450:4001::1" \(entry 1\).*Outlook\.com form.*IPv6/,
    );
  });

  it('lists the blocks when a range needs more than one', () => {
    const list = parseIpList('8.8.8.1-8.8.8.6');
    expect(list.problems).toMatchObject([{ severity: 'warning', code: 'range-split' }]);
    expect(list.problems[0]?.message).toContain('8.8.8.1; 8.8.8.2/31; 8.8.8.4/31; 8.8.8.6');
    expect(codes(parseIpList('8.8.8.0-8.8.8.255'))).toEqual([]);
  });

  it('covers a range with the smallest set of CIDR blocks', () => {
    expect(parseIpList('0.0.0.0-255.255.255.255').problems[0]?.message).toMatch(
      /includes unspecified addresses/,
    );
    const list = parseIpList('1.0.0.0-1.255.255.255; 5.5.5.5-5.5.5.5; 11.0.0.1-11.0.0.2');
    expect(list.entries.map((e) => e.canonical)).toEqual([
      '1.0.0.0/8',
      '5.5.5.5',
      '11.0.0.1; 11.0.0.2',
    ]);
  });

  it('turns an IPv4-mapped address into its IPv4 address, with a note', () => {
    const list = parseIpList('::ffff:8.8.4.4');
    expect(list.problems).toMatchObject([{ severity: 'warning', code: 'ipv4-mapped' }]);
    expect(list.problems[0]?.message).toMatch(/listed as the IPv4 address 8\.8\.4\.4/);
  });
});

describe('parseIpList: errors name the entry, say what is wrong and how to fix it', () => {
  it.each([
    [
      '8.8.8.256',
      /"8\.8\.8\.256" \(entry 1\) has 256 as its fourth number.*between 0 and 255/,
      undefined,
    ],
    ['8.8.8', /has 3 parts; an IPv4 address has exactly four numbers/, undefined],
    ['8.8.08.8', /leading zero.*octal.*8\.8\.8\.8 if you meant decimal/, '8.8.8.8'],
    ['8.8.8.0/33', /prefix length \/33.*out of range.*\/0 to \/32/, undefined],
    ['2a00::/129', /prefix length \/129.*out of range.*\/0 to \/128/, undefined],
    ['8.8.8.0/024', /leading zero \(\/024\); write 8\.8\.8\.0\/24/, '8.8.8.0/24'],
    ['8.8.8.0/', /nothing after "\/"/, undefined],
    ['8.8.8.0/abc', /"\/abc" where a prefix length/, undefined],
    ['8.8.8.0/255.255.255.0', /netmask 255\.255\.255\.0.*8\.8\.8\.0\/24/, '8.8.8.0/24'],
    ['8.8.8.0/255.0.255.0', /neither a prefix length nor a valid netmask/, undefined],
    ['8.8.8.0/24/25', /more than one "\/"/, undefined],
    ['mail.example.com', /host name, not an IP address/, undefined],
    ['hello!', /is not an IP address/, undefined],
    ['8.8.8.8:25', /port \(:25\)/, '8.8.8.8'],
    ['[8.8.8.8', /unmatched bracket/, undefined],
    ['8.8.8.8]x', /stray bracket|unmatched bracket/, undefined],
    ['8.8.8.1-20', /full last address: 8\.8\.8\.1-8\.8\.8\.20/, '8.8.8.1-8.8.8.20'],
    ['8.8.8.9-8.8.8.1', /runs backwards.*8\.8\.8\.1-8\.8\.8\.9/, '8.8.8.1-8.8.8.9'],
    ['8.8.8.1-2a00::1', /mixes IPv4 and IPv6/, undefined],
    ['8.8.8.1-', /missing end/, undefined],
    ['8.8.8.1-8.8.8.2-8.8.8.3', /more than one "-"/, undefined],
    ['8.8.8.x-8.8.8.9', /bad first address "8\.8\.8\.x"/, undefined],
    ['8.8.08.0/24', /bad address part "8\.8\.08\.0": has a leading zero/, '8.8.8.0/24'],
    ['8.8.8.1-8.8.8.09', /bad last address "8\.8\.8\.09"/, '8.8.8.1-8.8.8.9'],
    ['fe80::1%eth0', /zone index/, 'fe80::1'],
  ])('%s', (text, message, fix) => {
    const list = parseIpList(text);
    expect(list.ok).toBe(false);
    expect(list.entries).toEqual([]);
    expect(list.problems).toHaveLength(1);
    const [problem] = list.problems;
    expect(problem).toMatchObject({ severity: 'error', code: 'invalid', index: 0, entry: text });
    expect(problem?.message).toMatch(message);
    expect(problem?.fix).toBe(fix);
  });

  it.each([
    ['10.1.2.3', /is a private address \(10\.0\.0\.0\/8\)/],
    ['172.20.0.1', /private address \(172\.16\.0\.0\/12\)/],
    ['192.168.0.10', /private address \(192\.168\.0\.0\/16\)/],
    ['127.0.0.1', /loopback address/],
    ['169.254.1.1', /link-local address/],
    ['100.64.0.1', /carrier-grade NAT address/],
    ['192.0.2.1', /documentation address/],
    ['198.51.100.1', /documentation address/],
    ['203.0.113.1', /documentation address/],
    ['198.18.0.1', /benchmarking address/],
    ['224.0.0.1', /multicast address/],
    ['240.0.0.1', /reserved address/],
    ['255.255.255.255', /broadcast address/],
    ['0.0.0.0', /unspecified address/],
    ['::1', /loopback address/],
    ['::', /unspecified address/],
    ['fd00::1', /private \(unique local\) address/],
    ['fe80::1', /link-local address/],
    ['2001:db8::1', /documentation address/],
    ['ff02::1', /multicast address/],
    ['::ffff:10.0.0.1', /carries the IPv4 address 10\.0\.0\.1, which is a private address/],
    ['10.0.0.0/8', /includes private addresses \(10\.0\.0\.0\/8\)/],
    ['8.0.0.0/6', /includes private addresses/],
    ['9.255.255.250-10.0.0.5', /includes private addresses/],
  ])('rejects %s: not public unicast', (text, message) => {
    const list = parseIpList(text);
    expect(list.ok).toBe(false);
    expect(list.problems[0]?.message).toMatch(message);
    expect(list.problems[0]?.message).toMatch(/List the public IP address|Narrow it to the public/);
  });

  it('keeps the good entries when others are wrong', () => {
    const list = parseIpList('8.8.8.8; 10.0.0.1; 1.1.1.1; 8.8.8');
    expect(list.ok).toBe(false);
    expect(list.entries.map((e) => [e.index, e.canonical])).toEqual([
      [0, '8.8.8.8'],
      [2, '1.1.1.1'],
    ]);
    expect(codes(list)).toEqual(['1:error:invalid', '3:error:invalid']);
    expect(list.normalized).toBe('8.8.8.8; 1.1.1.1');
  });
});

describe('parseIpList: warnings', () => {
  it('warns about host bits and suggests the network', () => {
    const list = parseIpList('8.8.8.77/24');
    expect(list.ok).toBe(true);
    expect(list.entries[0]?.canonical).toBe('8.8.8.0/24');
    expect(list.problems).toMatchObject([
      { severity: 'warning', code: 'host-bits', fix: '8.8.8.0/24' },
    ]);
    expect(list.problems[0]?.message).toMatch(
      /whole network 8\.8\.8\.0\/24.*8\.8\.8\.77 for the single address/,
    );
  });

  it('warns about duplicates and lists them once', () => {
    const list = parseIpList('8.8.8.8; 1.1.1.1; [8.8.8.8]; 8.8.8.8/32');
    expect(codes(list)).toEqual(['2:warning:duplicate', '3:warning:duplicate']);
    expect(list.problems[0]?.message).toMatch(/"\[8\.8\.8\.8\]" \(entry 3\) repeats entry 1/);
    expect(list.entries[2]?.redundant).toEqual({ reason: 'duplicate', by: [0] });
    expect(list.normalized).toBe('8.8.8.8; 1.1.1.1');
  });

  it('warns about entries covered by others, whichever comes first', () => {
    const list = parseIpList('8.8.8.5; 8.8.8.0/24; 8.8.8.128/25; 9.9.9.9');
    expect(codes(list)).toEqual(['0:warning:covered', '2:warning:covered']);
    expect(list.problems[0]?.message).toMatch(
      /"8\.8\.8\.5" \(entry 1\) is already covered by entry 2/,
    );
    expect(list.entries[0]?.redundant).toEqual({ reason: 'covered', by: [1] });
    expect(list.normalized).toBe('8.8.8.0/24; 9.9.9.9');
  });

  it('drops an address inside a range but keeps ranges that only overlap', () => {
    const list = parseIpList('8.8.8.1-8.8.8.10; 8.8.8.5-8.8.8.20; 8.8.8.3');
    expect(codes(list)).toEqual([
      '0:warning:range-split',
      '0:warning:overlap',
      '1:warning:range-split',
      '1:warning:overlap',
      '2:warning:covered',
    ]);
    expect(list.addressCount).toBe(20n);
    // The shared addresses appear once: each range keeps only the blocks no other entry lists.
    expect(list.normalized).toBe(
      '8.8.8.1; 8.8.8.2/31; 8.8.8.4/30; 8.8.8.8/29; 8.8.8.16/30; 8.8.8.20',
    );
    expect(list.problems[1]?.message).toMatch(
      /overlaps entry 2; the shared addresses are listed once/,
    );
  });

  it('keeps a range over an equal single block inside it', () => {
    const list = parseIpList('8.8.8.2/31; 8.8.8.1-8.8.8.3');
    expect(list.entries[0]?.redundant).toEqual({ reason: 'covered', by: [1] });
    expect(list.normalized).toBe('8.8.8.1; 8.8.8.2/31');
  });

  it('warns about prefixes broader than /24 (IPv4) or /64 (IPv6)', () => {
    const list = parseIpList('8.8.0.0/16; 8.9.8.0/24; 2a00:1450::/48; 2a00:1451::/64');
    expect(codes(list)).toEqual([
      '0:warning:broad',
      '2:warning:ipv6',
      '2:warning:broad',
      '3:warning:ipv6',
    ]);
    expect(list.problems[0]?.message).toMatch(/\/16 block \(65,536 addresses\).*one by one.*\/24/);
  });

  it('is ok with warnings only', () => {
    expect(parseIpList('8.8.8.77/24; 8.8.8.8').ok).toBe(true);
  });
});

describe('countAddresses and expandToAddresses', () => {
  it('counts distinct addresses across entries', () => {
    expect(countAddresses('8.8.8.0/24; 8.8.8.8; 1.1.1.1-1.1.1.4; 10.0.0.1')).toBe(260n);
    expect(countAddresses('2a00:1450::/64')).toBe(2n ** 64n);
    expect(countAddresses('')).toBe(0n);
  });

  it('expands to single addresses in input order without repeats', () => {
    expect(expandToAddresses('8.8.8.8; 1.1.1.0/31; 8.8.8.8; 2a00::1-2a00::2', 10)).toEqual({
      ok: true,
      addresses: ['8.8.8.8', '1.1.1.0', '1.1.1.1', '2a00::1', '2a00::2'],
    });
  });

  it('refuses past the cap with a clear message', () => {
    const result = expandToAddresses('8.8.8.0/24', 100);
    expect(result).toMatchObject({ ok: false, count: 256n });
    expect(!result.ok && result.message).toMatch(/covers 256 addresses, more than the 100/);
    expect(expandToAddresses('8.8.8.0/24', 256).ok).toBe(true);
  });

  it('refuses lists with errors or without entries', () => {
    expect(expandToAddresses('8.8.8.8; 10.0.0.1', 10)).toMatchObject({ ok: false });
    expect(expandToAddresses('', 10)).toMatchObject({ ok: false, message: /empty/ });
  });
});
