import { describe, expect, it } from 'vitest';
import { combineCounts, missingCounts, parseCountNumber, parseCountText } from '../../../lib/portals/counts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('parseCountNumber', () => {
  it.each([
    ['7', undefined, 7],
    [' 42 ', 'en', 42],
    ['1250', 'nl', 1250],
    ['1,250', 'en', 1250],
    ['1,250', 'en-GB', 1250],
    ['1,000,000', 'en', 1000000],
    ['1.250', 'nl-NL', 1250],
    ['1.250', 'de-DE', 1250],
    ['1.000.000', 'de', 1000000],
    [`1${NNBSP}250`, 'fr-FR', 1250],
    [`1${NBSP}250`, 'fr', 1250],
    ['1 250', 'fr', 1250],
    [`1${NNBSP}000${NNBSP}000`, 'fr', 1000000],
    ['1 250', 'en', 1250],
    ['1 250', undefined, 1250],
    ['1,000,000', undefined, 1000000],
    ['1.000.000', undefined, 1000000],
    ['-3', 'en', -3],
    ['\u22123', 'en', -3],
    ['0', 'en', 0],
  ])('%j (%s) -> %s', (text, lang, expected) => {
    expect(parseCountNumber(text, lang)).toBe(expected);
  });

  it.each([
    ['1,250', undefined, 'one comma without a locale: thousands or decimal?'],
    ['1.250', undefined, 'one dot without a locale'],
    ['1.250', 'en', 'a decimal in English'],
    ['1,250', 'nl', 'a decimal in Dutch'],
    ['1,250', 'de', 'a decimal in German'],
    ['1,25', 'en', 'not a group of three'],
    ['12,50', 'en', 'not a group of three'],
    ['1,250.5', 'en', 'not whole'],
    ['1.250,00', 'de', 'not whole'],
    ['1,250.000', 'en', 'mixed separators'],
    ['1,000,000', 'nl', 'grouped with the decimal sign'],
    ["1'250", undefined, 'Swiss style without a locale'],
    ['', 'en', 'empty'],
    ['—', 'en', 'a dash'],
    ['Unlimited', 'en', 'a word'],
    ['7 licenses', 'en', 'a trailing word'],
    ['1,2345', 'en', 'a long group'],
  ])('%j (%s) is undefined: %s', (text: string, lang: string | undefined, _why: string) => {
    expect(parseCountNumber(text, lang)).toBeUndefined();
  });
});

describe('parseCountText', () => {
  it.each([
    ['7', 'en', { kind: 'number', value: 7 }],
    ['7/10', 'en', { kind: 'ratio', assigned: 7, total: 10 }],
    ['7 / 10', 'en', { kind: 'ratio', assigned: 7, total: 10 }],
    ['1,000/1,250', 'en', { kind: 'ratio', assigned: 1000, total: 1250 }],
    ['7 of 10', 'en', { kind: 'ratio', assigned: 7, total: 10 }],
    ['7 OF 10', 'en', { kind: 'ratio', assigned: 7, total: 10 }],
    ['1.000 van 1.250', 'nl-NL', { kind: 'ratio', assigned: 1000, total: 1250 }],
    ['7 von 10', 'de', { kind: 'ratio', assigned: 7, total: 10 }],
    [`1${NNBSP}000 sur 1${NNBSP}250`, 'fr-FR', { kind: 'ratio', assigned: 1000, total: 1250 }],
    [`7${NBSP}of${NBSP}10`, 'en', { kind: 'ratio', assigned: 7, total: 10 }],
  ])('%j (%s)', (text, lang, expected) => {
    expect(parseCountText(text, lang)).toEqual(expected);
  });

  it.each(['7/10/12', '7 of', 'of 10', '7 of 10 licenses', '7 from 10', '-1/10', '1,250/10 000', 'seven of ten'])(
    '%j is undefined',
    (text) => {
      expect(parseCountText(text, 'nl')).toBeUndefined();
    },
  );
});

describe('combineCounts', () => {
  const n = (value: number) => ({ kind: 'number' as const, value });
  const r = (assigned: number, total: number) => ({ kind: 'ratio' as const, assigned, total });

  it('keeps numbers that were read', () => {
    expect(combineCounts({ available: n(3), assigned: n(7), total: n(10) })).toEqual({
      available: 3,
      assigned: 7,
      total: 10,
    });
  });
  it('never overrides a read available figure with a derived one (Azure: available includes expiring)', () => {
    expect(combineCounts({ available: n(5), assigned: n(7), total: n(10) })).toEqual({
      available: 5,
      assigned: 7,
      total: 10,
    });
  });
  it('derives available only when total and assigned were both read', () => {
    expect(combineCounts({ assigned: n(7), total: n(10) })).toEqual({ available: 3, assigned: 7, total: 10 });
    expect(combineCounts({ assigned: n(7) })).toEqual({ assigned: 7 });
    expect(combineCounts({ total: n(10) })).toEqual({ total: 10 });
  });
  it('reads "assigned of total" from the assigned column', () => {
    expect(combineCounts({ assigned: r(7, 10) })).toEqual({ available: 3, assigned: 7, total: 10 });
  });
  it('reads "available of total" from the available column', () => {
    expect(combineCounts({ available: r(3, 10) })).toEqual({ available: 3, total: 10 });
  });
  it('names what is missing', () => {
    expect(missingCounts({ assigned: 7 })).toEqual(['totalCount', 'availableCount']);
    expect(missingCounts({ assigned: 7, total: 10, available: 3 })).toEqual([]);
  });
});
