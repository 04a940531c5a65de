// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPublicUnicast, nonPublicReason, parseAddress } from '../../../src/core/ip-address';

describe('parseAddress', () => {
  it.each([
    ['8.8.8.8', '8.8.8.8', 4],
    ['0.0.0.0', '0.0.0.0', 4],
    ['255.255.255.255', '255.255.255.255', 4],
    ['2A00:1450:4001:0829:0000:0000:0000:200E', '2a00:1450:4001:829::200e', 6],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1', 6],
    ['::', '::', 6],
    ['::ffff:8.8.8.8', '::ffff:808:808', 6],
    // IPv4-compatible (RFC 4291), not IPv4-mapped: ipaddr.js alone would add ffff.
    ['::1.2.3.4', '::102:304', 6],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0', 6],
  ])('reads %s as %s (IPv%i)', (text, canonical, version) => {
    const result = parseAddress(text);
    expect(result).toMatchObject({ ok: true, address: { canonical, version } });
  });

  it('gives the address as an integer', () => {
    const v4 = parseAddress('1.2.3.4');
    const v6 = parseAddress('::1:0');
    expect(v4.ok && v4.address.value).toBe(0x01020304n);
    expect(v6.ok && v6.address.value).toBe(0x10000n);
  });

  it.each([
    ['8.8.08.8', /leading zero in its third number "08".*octal.*8\.8\.8\.8/, '8.8.8.8'],
    ['010.1.1.1', /leading zero in its first number "010"/, '10.1.1.1'],
    ['08.8.8.300', /leading zero/, undefined],
    ['8.8.8', /has 3 parts; an IPv4 address has exactly four numbers/, undefined],
    ['8.8.8.8.8', /has 5 parts/, undefined],
    ['134744072', /single number/, undefined],
    [
      '8.8.8.256',
      /has 256 as its fourth number, which is out of range.*between 0 and 255/,
      undefined,
    ],
    ['8..8.8', /missing its second number/, undefined],
    ['8.8.8.', /missing its fourth number/, undefined],
    ['0x8.8.8.8', /hexadecimal/, undefined],
    ['mail.example.com', /host name, not an IP address/, undefined],
    ['hello', /is not an IP address/, undefined],
    ['', /is empty/, undefined],
    [' 8.8.8.8', /spaces/, undefined],
    ['8.8.8.8:25', /port \(:25\)/, '8.8.8.8'],
    ['fe80::1%eth0', /zone index/, 'fe80::1'],
    ['1::2::3', /uses "::" twice/, undefined],
    ['1:::2', /three colons/, undefined],
    ['12345::1', /group "12345", longer than four hexadecimal digits/, undefined],
    ['g::1', /"g", which is not a hexadecimal digit/, undefined],
    ['1:2:3:4:5:6:7', /has 7 groups/, undefined],
    ['1:2:3:4:5:6:7:8:9', /has 9 groups/, undefined],
    ['1:2:3:4::5:6:7:8', /too many groups/, undefined],
    [':1:2:3:4:5:6:7', /single colon/, undefined],
    ['::ffff:1.2.3.04', /bad IPv4 part "1\.2\.3\.04".*leading zero/, undefined],
    ['::ffff:1.2.3', /bad IPv4 part/, undefined],
  ])('rejects %s with a specific message', (text, message, fix) => {
    const result = parseAddress(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.fix).toBe(fix);
  });
});

describe('isPublicUnicast / nonPublicReason', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '9.255.255.255',
    '11.0.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.0.1.255',
    '192.167.255.255',
    '198.17.255.255',
    '198.20.0.0',
    '223.255.255.255',
    '2a00:1450:4001:829::200e',
    '2001:4860:4860::8888',
    '2003::1',
    '::ffff:8.8.8.8',
    '2002:808:808::1',
  ])('%s is public unicast', (text) => {
    expect(nonPublicReason(text)).toBeUndefined();
    expect(isPublicUnicast(text)).toBe(true);
  });

  it.each([
    ['0.0.0.0', 'unspecified', '0.0.0.0/8'],
    ['0.1.2.3', 'unspecified', '0.0.0.0/8'],
    ['10.20.30.40', 'private', '10.0.0.0/8'],
    ['172.16.0.1', 'private', '172.16.0.0/12'],
    ['172.31.255.255', 'private', '172.16.0.0/12'],
    ['192.168.1.1', 'private', '192.168.0.0/16'],
    ['100.64.0.1', 'cgnat', '100.64.0.0/10'],
    ['100.127.255.255', 'cgnat', '100.64.0.0/10'],
    ['127.0.0.1', 'loopback', '127.0.0.0/8'],
    ['169.254.10.10', 'link-local', '169.254.0.0/16'],
    ['192.0.0.8', 'reserved', '192.0.0.0/24'],
    ['192.0.2.1', 'documentation', '192.0.2.0/24'],
    ['198.51.100.7', 'documentation', '198.51.100.0/24'],
    ['203.0.113.9', 'documentation', '203.0.113.0/24'],
    ['192.88.99.1', 'reserved', '192.88.99.0/24'],
    ['198.18.0.1', 'benchmarking', '198.18.0.0/15'],
    ['198.19.255.255', 'benchmarking', '198.18.0.0/15'],
    ['224.0.0.251', 'multicast', '224.0.0.0/4'],
    ['239.255.255.250', 'multicast', '224.0.0.0/4'],
    ['240.0.0.1', 'reserved', '240.0.0.0/4'],
    ['255.255.255.254', 'reserved', '240.0.0.0/4'],
    ['255.255.255.255', 'broadcast', '255.255.255.255/32'],
    ['::', 'unspecified', '::/128'],
    ['::1', 'loopback', '::1/128'],
    ['fe80::1', 'link-local', 'fe80::/10'],
    ['fd12:3456::1', 'unique-local', 'fc00::/7'],
    ['2001:db8::1', 'documentation', '2001:db8::/32'],
    ['3fff:1::1', 'documentation', '3fff::/20'],
    ['2001:2::1', 'benchmarking', '2001:2::/48'],
    ['ff02::1', 'multicast', 'ff00::/8'],
    ['2001:0:4136:e378::1', 'tunnel', '2001::/32'],
    ['2001:10::1', 'reserved', '2001::/23'],
    ['64:ff9b::808:808', 'translation', '64:ff9b::/96'],
    ['100::1', 'reserved', '100::/64'],
    ['fec0::1', 'reserved', '8000::/1'],
    ['::102:304', 'reserved', '::/3'],
    ['4000::1', 'reserved', '4000::/2'],
  ])('%s is %s (%s)', (text, kind, range) => {
    const reason = nonPublicReason(text);
    expect(reason).toMatchObject({ kind, range });
    expect(reason?.message).toContain(text);
    expect(reason?.message).toMatch(/List the public IP address your mail server sends from/);
    expect(isPublicUnicast(text)).toBe(false);
  });

  it('judges IPv4-mapped and 6to4 addresses by the IPv4 address they carry', () => {
    expect(nonPublicReason('::ffff:192.168.1.1')).toMatchObject({
      kind: 'private',
      carriedIpv4: '192.168.1.1',
    });
    expect(nonPublicReason('::ffff:192.168.1.1')?.message).toMatch(
      /carries the IPv4 address 192\.168\.1\.1, which is a private address/,
    );
    expect(nonPublicReason('2002:7f00:1::1')).toMatchObject({
      kind: 'loopback',
      carriedIpv4: '127.0.0.1',
    });
  });

  it('accepts parsed addresses and reports texts that are not addresses', () => {
    const parsed = parseAddress('10.0.0.1');
    if (!parsed.ok) throw new Error('expected an address');
    expect(nonPublicReason(parsed.address)?.kind).toBe('private');
    expect(nonPublicReason('10.0.0.01')).toMatchObject({ kind: 'invalid' });
    expect(nonPublicReason('10.0.0.01')?.message).toMatch(/leading zero/);
    expect(isPublicUnicast('not an ip')).toBe(false);
  });
});
