import { describe, expect, it } from 'vitest';
import { actionOf, guestFlag, memberCountOf } from '../../../lib/csv/cell-values';
import { suggestUsageLocation, usageLocationCode } from '../../../lib/csv/usage-location';
import { COUNTRY_CODES } from '../../../lib/csv';

describe('cell values', () => {
  it.each([
    ['', false],
    ['yes', true],
    ['Ja', true],
    ['oui', true],
    ['TRUE', true],
    ['1', true],
    ['x', true],
    ['Guest', true],
    ['Invité', true],
    ['no', false],
    ['Nee', false],
    ['nein', false],
    ['non', false],
    ['0', false],
    ['Member', false],
    ['Mitglied', false],
    ['maybe', undefined],
  ])('guest %j -> %s', (cell, flag) => expect(guestFlag(cell)).toBe(flag));

  it.each([
    ['', 'assign'],
    ['Assign', 'assign'],
    ['toewijzen', 'assign'],
    ['Zuweisen', 'assign'],
    ['attribuer', 'assign'],
    ['Hinzufügen', 'assign'],
    ['remove', 'unassign'],
    ['Verwijderen', 'unassign'],
    ['entfernen', 'unassign'],
    ['Désattribuer', 'unassign'],
    ['Zuweisung aufheben', 'unassign'],
    ['replace', 'reassign'],
    ['vervangen', 'reassign'],
    ['Übertragen', 'reassign'],
    ['réattribuer', 'reassign'],
    ['explode', undefined],
  ])('action %j -> %s', (cell, action) => expect(actionOf(cell)).toBe(action));

  it.each([
    ['12', 12],
    ['1,250', 1250],
    ['1.250', 1250],
    ['1 250', 1250],
    ['1250', 1250],
    ['1,5', undefined],
    ['12.34', undefined],
    ['-3', undefined],
    ['many', undefined],
    ['1,25,0', undefined],
  ])('member count %j -> %s', (cell, count) => expect(memberCountOf(cell)).toBe(count));
});

describe('usage location', () => {
  it('knows the 249 ISO 3166-1 alpha-2 codes', () => {
    expect(COUNTRY_CODES.size).toBe(249);
  });

  it.each([
    ['NL', 'NL'],
    ['nl', 'NL'],
    ['De', 'DE'],
    ['GB', 'GB'],
    ['UK', undefined],
    ['XX', undefined],
    ['N', undefined],
    ['NLD', undefined],
    ['1A', undefined],
  ])('%j -> %s', (text, code) => expect(usageLocationCode(text)).toBe(code));

  it.each([
    ['UK', 'GB'],
    ['Nederland', 'NL'],
    ['Netherlands', 'NL'],
    ['Allemagne', 'DE'],
    ['Österreich', 'AT'],
    ['Vereinigte Staaten', 'US'],
    ['Atlantis', undefined],
  ])('suggests %j -> %s', (text, code) => expect(suggestUsageLocation(text)).toBe(code));
});
