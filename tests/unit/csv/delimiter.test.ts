import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../lib/csv';

describe('delimiter detection', () => {
  it.each([
    ['Email,Product\na@b.co,x\n', ','],
    ['Email;Product\na@b.co;x\n', ';'],
    ['Email\tProduct\na@b.co\tx\n', '\t'],
    // Dutch Excel: ';' between columns, ',' inside a name.
    ['Naam;E-mail\n"Vance, Adele";a@b.co\n', ';'],
    // A comma inside a quoted header does not count.
    ['"Name, full";Email\nx;a@b.co\n', ';'],
    // A tie goes to ';' (papaparse would pick ',').
    ['Email;Name,Other\n', ';'],
    ['Email\tName,Other\n', '\t'],
    // A single column: the header holds none, the data decides, else ','.
    ['Email\na@b.co;\n', ';'],
    ['Email\na@b.co\n', ','],
    ['Email,Product\ra@b.co,x\r', ','],
  ])('%j -> %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
