import { describe, expect, it } from 'vitest';
import { addressKey, guestHomeAddress, isAddress, isGuestUpn } from '../../../lib/csv';
import { isPlainLowerAddress } from '../../../lib/csv/address';

const VALID = [
  'a@b.co',
  'john.smith@contoso.com',
  'John.Smith@Contoso.COM',
  "o'brien@contoso.ie",
  'a+tag@contoso.com',
  'x@sub.domain.co.uk',
  'a-b@x-y.example.org',
  'jürgen@müller.de',
  'john_contoso.com#EXT#@fabrikam.onmicrosoft.com',
  '-x@contoso.com',
  `${'x'.repeat(64)}@contoso.com`,
];
const INVALID = [
  '',
  'a',
  'a@b',
  'john@contoso',
  'a@@b.com',
  '@b.com',
  'a@.com',
  '.a@b.com',
  'a.@b.com',
  'a..b@c.com',
  'a b@c.com',
  'a@b..com',
  'a@-b.com',
  'a@b-.com',
  'a@b.com-',
  'a@b.123',
  'a@b.com.',
  '"a"@b.com',
  'a,b@c.com',
  'a;b@c.com',
  'a@b_c.com',
  'a@b.c om',
  `${'x'.repeat(65)}@contoso.com`,
  `a@${'b'.repeat(260)}.com`,
  '=A1',
  'a\u00a0b@c.com',
];

describe('addresses', () => {
  it.each(VALID)('accepts %s', (a) => expect(isAddress(a)).toBe(true));
  it.each(INVALID)('rejects %j', (a) => expect(isAddress(a)).toBe(false));

  it('takes the fast path only for valid plain lower-case addresses', () => {
    expect(VALID.filter(isPlainLowerAddress)).toEqual([
      'a@b.co',
      'john.smith@contoso.com',
      "o'brien@contoso.ie",
      'a+tag@contoso.com',
      'x@sub.domain.co.uk',
      'a-b@x-y.example.org',
      '-x@contoso.com',
    ]);
    expect(INVALID.filter(isPlainLowerAddress)).toEqual([]);
  });

  it('recognizes guest UPNs and their home address', () => {
    expect(isGuestUpn('john_contoso.com#EXT#@fabrikam.onmicrosoft.com')).toBe(true);
    expect(isGuestUpn('john@contoso.com')).toBe(false);
    expect(guestHomeAddress('first_last_contoso.co.uk#ext#@fabrikam.onmicrosoft.com')).toBe('first_last@contoso.co.uk');
    expect(guestHomeAddress('john@contoso.com')).toBeUndefined();
  });

  it('keys an identity in lower case, guests under their home address', () => {
    expect(addressKey('John@Contoso.com')).toBe('john@contoso.com');
    expect(addressKey('John_Contoso.com#EXT#@fabrikam.onmicrosoft.com')).toBe('john@contoso.com');
    expect(addressKey('plain@contoso.com')).toBe('plain@contoso.com');
  });
});
