// An address cell as admins paste it -> the address, or why it cannot be trusted. Only cells that
// are not a plain lower-case address come here, so the checks cost nothing on most rows.
/* eslint-disable no-control-regex, no-misleading-character-class -- these expressions exist to find control and invisible characters */
import { cleanAddress } from './address';

export type AddressIssue = 'invisibleCharacters' | 'directionControl' | 'controlCharacter' | 'mixedScriptDomain';
export type ReadAddress = { id: string; issue?: AddressIssue };

/** Characters a person cannot see that change what a program reads. */
const ODD = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;
// Text-direction overrides and isolates reorder what is shown: the admin saw another address.
const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/;
// A line break or tab inside a cell may be two values run together: removing it would guess.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Zero-width characters, soft hyphens and marks: removing them gives the address the admin sees.
const INVISIBLE = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\ufeff]/g;

const QUOTES = '"\'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a';
const QUOTED = new RegExp(`^[${QUOTES}]+([^${QUOTES}]*@[^${QUOTES}]*)[${QUOTES}]+$`);

// The guest mark written URL-encoded (%23), in full-width (＃) or in any case.
const GUEST_MARK = /(?:#|%23|\uff03)ext(?:#|%23|\uff03)@/i;

// Letters that look alike across these alphabets: a label mixing them is a lookalike domain.
const LOOKALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Greek}/u, /\p{Script=Cyrillic}/u, /\p{Script=Armenian}/u];
const NON_ASCII = /[^\x00-\x7f]/;

function mixesScripts(domain: string): boolean {
  if (!NON_ASCII.test(domain)) return false;
  return domain.split('.').some((label) => LOOKALIKE_SCRIPTS.filter((s) => s.test(label)).length > 1);
}

/** The address of a cell, unwrapped from quotes, angle brackets and `mailto:`; not yet validated. */
export function readAddress(cell: string): ReadAddress {
  let issue: AddressIssue | undefined;
  let text = cell;
  if (ODD.test(text)) {
    if (DIRECTION.test(text)) issue = 'directionControl';
    else if (CONTROL.test(text)) issue = 'controlCharacter';
    else issue = 'invisibleCharacters';
    text = text.replace(INVISIBLE, '').trim();
  }
  text = cleanAddress(text);
  const quoted = QUOTED.exec(text);
  if (quoted) text = cleanAddress(quoted[1]!.trim());
  if (text.includes('#') || text.includes('%') || text.includes('\uff03')) text = text.replace(GUEST_MARK, '#EXT#@');
  if ((!issue || issue === 'invisibleCharacters') && mixesScripts(text.slice(text.lastIndexOf('@') + 1)))
    issue = 'mixedScriptDomain';
  return issue ? { id: text, issue } : { id: text };
}

/** Whether the issue keeps the row from running (the rest are warnings: the address was recovered). */
export function isRefusal(issue: AddressIssue): boolean {
  return issue !== 'invisibleCharacters';
}

const MAX_SHOWN = 60;
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/** A cell as a message may quote it: no characters that hide or reorder text, at most 60 characters. */
export function shownValue(value: string): string {
  const visible = ODD.test(value) ? value.replace(UNSHOWABLE, ' ').trim() : value;
  return visible.length > MAX_SHOWN ? `${visible.slice(0, MAX_SHOWN - 1).trimEnd()}…` : visible;
}
