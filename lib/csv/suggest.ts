// Corrections for the usual slips in an address, offered only when the result is a valid address.
import { isAddress } from './address';

export function suggestAddress(value: string): string | undefined {
  const fixed = value
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/@@+/g, '@')
    .replace(/,/g, '.')
    .replace(/\.\.+/g, '.')
    .replace(/^[.'"]+|[.'"]+$/g, '');
  return fixed !== value && isAddress(fixed) ? fixed : undefined;
}
