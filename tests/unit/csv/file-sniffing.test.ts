import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../lib/csv/decode';
import { sniffFile } from '../../../lib/csv/sniff';
import { cp1252, noise, utf16, utf32le, utf8, utf8Bom, zipStart } from './encode';

describe('file sniffing', () => {
  it.each([
    ['empty', new Uint8Array(0), 'emptyFile'],
    [
      'xlsx',
      zipStart([
        ['[Content_Types].xml', '<Types/>'],
        ['xl/workbook.xml', '<workbook/>'],
      ]),
      'excelFile',
    ],
    ['ods', zipStart([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']]), 'odsFile'],
    [
      'numbers',
      zipStart([
        ['Index/Document.iwa', 'x'],
        ['Metadata/Properties.plist', 'y'],
      ]),
      'numbersFile',
    ],
    [
      'docx',
      zipStart([
        ['[Content_Types].xml', '<Types/>'],
        ['word/document.xml', '<w/>'],
      ]),
      'zipFile',
    ],
    ['plain zip of a CSV', zipStart([['users.csv', 'Email\na@b.co\n']]), 'zipFile'],
    ['UTF-32 LE BOM', utf32le('Email\na@b.co\n', true), 'utf32File'],
    ['UTF-32 LE no BOM', utf32le('Email\na@b.co\n', false), 'utf32File'],
    ['HTML saved as .xls', utf8('<html><body><table><tr><td>a@b.co</td></tr></table></body></html>'), 'htmlFile'],
    ['HTML with BOM and doctype', utf8Bom('\n<!DOCTYPE html>\n<html>'), 'htmlFile'],
    ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdfFile'],
    ['xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'excelFile'],
    ['UTF-16 LE BOM', utf16('Email\n', 'le', true), 'utf16File'],
    ['UTF-16 BE BOM', utf16('Email\n', 'be', true), 'utf16File'],
    ['UTF-16 BE no BOM', utf16('Email,Product\na@b.co,x\n', 'be', false), 'utf16File'],
    ['binary', noise(1000, 3), 'binaryFile'],
    ['one NUL in text', utf8('Email\na@b.co\u0000\n'), 'binaryFile'],
  ])('%s -> %s', (_name, bytes, code) => {
    expect(sniffFile(bytes)?.code).toBe(code);
  });

  it('lets text through', () => {
    expect(sniffFile(utf8('Email\na@b.co\n'))).toBeUndefined();
    expect(sniffFile(cp1252('Name\nJürgen\n'))).toBeUndefined();
  });
});

describe('decoding', () => {
  it('drops the BOM and says it was there', () => {
    expect(decodeBytes(utf8Bom('Zoë'))).toEqual({ text: 'Zoë', encoding: 'utf-8-bom' });
  });

  it('reads strict UTF-8 as UTF-8', () => {
    expect(decodeBytes(utf8('Zoë ß'))).toEqual({ text: 'Zoë ß', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeBytes(cp1252('Zoë Groß café'))).toEqual({ text: 'Zoë Groß café', encoding: 'windows-1252' });
    expect(decodeBytes(new Uint8Array([0x80, 0x20, 0x93, 0x94]))).toEqual({ text: '€ “”', encoding: 'windows-1252' });
  });

  it('reads UTF-8 with a stray invalid byte as UTF-8, counts the bad bytes and offers Windows-1252', () => {
    const bytes = Uint8Array.from([...utf8('Jürgen Müller;Zoë\nRen'), 0xe9, ...utf8(' Groß\n')]);
    expect(decodeBytes(bytes)).toEqual({
      text: 'Jürgen Müller;Zoë\nRen\ufffd Groß\n',
      encoding: 'utf-8',
      alternative: 'windows-1252',
      invalid: 1,
    });
  });

  it('reads Windows-1252 with one byte pair that happens to be valid UTF-8 as Windows-1252, offering UTF-8', () => {
    // "Ã©" in Windows-1252 is the UTF-8 form of é; the other accents are not UTF-8.
    const decoded = decodeBytes(cp1252('Ã© René Groß Zoë'));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', alternative: 'utf-8' });
    expect(decoded.text).toBe('Ã© René Groß Zoë');
  });

  it('follows a forced encoding', () => {
    expect(decodeBytes(utf8('Zoë'), 'windows-1252').text).toBe('ZoÃ«');
    expect(decodeBytes(cp1252('Zoë'), 'utf-8').text).toBe('Zo\ufffd');
  });
});
