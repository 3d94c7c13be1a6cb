// E-mail addresses and user principal names: validation, cleaning and the identity key used to
// find duplicates. Guests have two spellings of one identity: their home address
// (john@contoso.com) and their UPN in this tenant (john_contoso.com#EXT#@fabrikam.onmicrosoft.com).

// One native regular expression does the work: it runs once per row of files of 200,000 rows.
// Local part: no spaces or specials, dots only between characters. Domain: two or more labels of
// letters (international ones too), digits and inner hyphens; the last label starts with a letter.
const ADDRESS =
  /^[^\s@"(),:;<>[\]\\.]+(?:\.[^\s@"(),:;<>[\]\\.]+)*@(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?$/i;

/**
 * The usual case in one test: a plain lower-case ASCII address that is not a guest UPN. Such an
 * address is valid and is its own key, so nothing else needs to be looked at.
 */
const PLAIN_LOWER_ADDRESS =
  /^[a-z0-9!$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?$/;

export function isPlainLowerAddress(s: string): boolean {
  return s.length <= MAX_LOCAL + 4 && PLAIN_LOWER_ADDRESS.test(s);
}

/** Longest address accepted (RFC 5321 allows 254); also keeps the expression's work bounded. */
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;

export function isAddress(s: string): boolean {
  if (s.length > MAX_ADDRESS || !ADDRESS.test(s)) return false;
  return s.length <= MAX_LOCAL + 4 || s.indexOf('@') <= MAX_LOCAL;
}

/** Any character outside plain lower-case ASCII address characters. */
const MAY_HAVE_UPPER_CASE = /[^a-z0-9.@_\-+#']/;
const GUEST_MARK = /#ext#@/i;
const GUEST_UPN = /^(.+)_([^_@#]+)#ext#@/i;
const ANGLE_FORM = /^(.*?)\s*<([^<>]+)>$/;

export function isGuestUpn(address: string): boolean {
  return address.includes('#') && GUEST_MARK.test(address);
}

/** The home address of a guest UPN (john_contoso.com#EXT#@... -> john@contoso.com), else undefined. */
export function guestHomeAddress(upn: string): string | undefined {
  const m = GUEST_UPN.exec(upn);
  return m ? `${m[1]}@${m[2]}` : undefined;
}

/** The identity key of an address: lower case, guests under their home address. */
export function addressKey(address: string): string {
  // Most addresses are written in lower case already: test before allocating a copy.
  const lower = MAY_HAVE_UPPER_CASE.test(address) ? address.toLowerCase() : address;
  if (!lower.includes('#')) return lower;
  return guestHomeAddress(lower) ?? lower;
}

/**
 * The bare address of a cell, accepting the forms admins paste from mail programs:
 * `Name <addr>` and `mailto:addr`. Not yet validated.
 */
export function cleanAddress(cell: string): string {
  if (cell.charCodeAt(cell.length - 1) === 62 /* > */) {
    const m = ANGLE_FORM.exec(cell);
    if (m) return m[2]!.trim();
  }
  const c = cell.charCodeAt(0);
  if ((c === 109 || c === 77) && cell.length > 7 && cell.slice(0, 7).toLowerCase() === 'mailto:')
    return cell.slice(7).trim();
  return cell;
}

/** The name in `Name <addr>`, if the cell has that form. */
export function nameInAngleForm(cell: string): string | undefined {
  if (cell.charCodeAt(cell.length - 1) !== 62) return undefined;
  const name = ANGLE_FORM.exec(cell)?.[1]?.replace(/^"|"$/g, '').trim();
  return name || undefined;
}

/** A cell that starts like a formula: only data here, but worth naming when it stands where an address should. */
export function looksLikeFormula(cell: string): boolean {
  const c = cell.charCodeAt(0);
  return c === 61 /* = */ || c === 43 /* + */ || c === 45 /* - */ || c === 64; /* @ */
}
