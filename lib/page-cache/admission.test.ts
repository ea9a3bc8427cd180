import { describe, expect, it } from 'vitest';
import { ClientAdmission, clientKey } from './admission';

describe('admission by client', () => {
  it('lets a client send its burst, then its rate, and no more', () => {
    const admission = new ClientAdmission(2, 3);
    const at = (ms: number) => admission.admit('203.0.113.9', ms);
    expect([at(0), at(0), at(0), at(0)]).toEqual([true, true, true, false]);
    expect(at(400)).toBe(false); // 0.8 of a request refilled
    expect(at(500)).toBe(true); // one whole request after half a second at 2 a second
    expect(at(500)).toBe(false);
    expect([at(10_000), at(10_000), at(10_000), at(10_000)]).toEqual([true, true, true, false]);
  });

  it('charges a render more than a hit, down to one burst owed', () => {
    const admission = new ClientAdmission(10, 20);
    expect(admission.admit('203.0.113.9', 0)).toBe(true);
    admission.charge('203.0.113.9', 9); // a miss: ten requests in all
    admission.charge('203.0.113.9', 100);
    expect(admission.admit('203.0.113.9', 0)).toBe(false);
    expect(admission.admit('203.0.113.9', 2_000)).toBe(false); // -20 + 20 refilled
    expect(admission.admit('203.0.113.9', 2_100)).toBe(true);
  });

  it('keeps clients apart', () => {
    const admission = new ClientAdmission(1, 1);
    expect(admission.admit('203.0.113.9', 0)).toBe(true);
    expect(admission.admit('203.0.113.9', 0)).toBe(false);
    expect(admission.admit('198.51.100.4', 0)).toBe(true);
  });

  it('forgets the least recently seen client past its size, so a flood of addresses is bounded', () => {
    const admission = new ClientAdmission(1, 1, 3);
    admission.admit('a', 0);
    for (const client of ['b', 'c', 'a', 'd', 'e']) admission.admit(client, 0);
    expect(admission.clients).toBe(3);
    expect(admission.admit('a', 0)).toBe(false); // still remembered: seen after b and c
    expect(admission.admit('b', 0)).toBe(true); // forgotten, so a fresh bucket
  });

  it('counts IPv4 addresses whole and IPv6 addresses by their /64', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:0:12:aaaa::1')).toBe('2001:db8:0:12::/64');
    expect(clientKey('2001:0db8:0000:0012:bbbb:1:2:3')).toBe('2001:db8:0:12::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });
});
