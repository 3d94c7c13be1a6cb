import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../lib/csv/decode';
import { sniffFile } from '../../../lib/csv/sniff';
import { cp1252, noise, utf16, utf8, utf8Bom } from './encode';

describe('file sniffing', () => {
  it.each([
    ['empty', new Uint8Array(0), 'emptyFile'],
    ['xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'excelFile'],
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

  it('follows a forced encoding', () => {
    expect(decodeBytes(utf8('Zoë'), 'windows-1252').text).toBe('ZoÃ«');
    expect(decodeBytes(cp1252('Zoë'), 'utf-8').text).toBe('Zo\ufffd');
  });
});
