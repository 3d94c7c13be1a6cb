import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import { MAX_DATA_ROWS, MAX_FILE_BYTES, parseCsv } from '../../../lib/csv';
import { bigFile, PPU, PRO } from './corpus';
import { cp1252, utf8 } from './encode';

const catalog = getCatalog();
const read = (text: string, options: Omit<Parameters<typeof parseCsv>[1], 'catalog'> = {}) =>
  parseCsv(utf8(text), { catalog, ...options });

describe('targets', () => {
  it('carries every field a row gives', () => {
    const { targets, columns } = read(
      'UPN;Produkt;Land;Anzeigename;Gast;Aktion;Von\n' +
        'Adele@Contoso.com;Power BI Pro;nl;Adele Vance;;;\n' +
        'john_fabrikam.com#EXT#@contoso.onmicrosoft.com;PBI_PREMIUM_PER_USER;;;;;\n' +
        'new@contoso.com;;;;;ersetzen;old@contoso.com\n',
    );
    expect(columns.map((c) => c.role)).toEqual([
      'user',
      'product',
      'usageLocation',
      'displayName',
      'guest',
      'action',
      'from',
    ]);
    expect(targets).toEqual([
      {
        row: 2,
        kind: 'user',
        id: 'Adele@Contoso.com',
        key: 'adele@contoso.com',
        action: 'assign',
        skuId: PRO,
        usageLocation: 'NL',
        displayName: 'Adele Vance',
      },
      {
        row: 3,
        kind: 'guest',
        id: 'john_fabrikam.com#EXT#@contoso.onmicrosoft.com',
        key: 'john@fabrikam.com',
        action: 'assign',
        skuId: PPU,
      },
      {
        row: 4,
        kind: 'user',
        id: 'new@contoso.com',
        key: 'new@contoso.com',
        action: 'reassign',
        from: 'old@contoso.com',
      },
    ]);
  });

  it('keys groups by name, object id or mail, and keeps member counts', () => {
    const { targets } = read(
      'Group,Members\nFinance  Team,"1,250"\n0B6C3B5E-5B1F-4F55-9A39-6E3A0E6F5F0A,7\nSales@Contoso.com,\n',
    );
    expect(targets.map((t) => [t.kind, t.key, t.memberCount])).toEqual([
      ['group', 'group:finance team', 1250],
      ['group', 'id:0b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a', 7],
      ['group', 'sales@contoso.com', undefined],
    ]);
  });

  it('gives rows without a product the default product', () => {
    const { targets } = read('Email,Product\na@contoso.com,\nb@contoso.com,Power BI Premium Per User\n', {
      defaultSkuId: PRO.toUpperCase(),
    });
    expect(targets.map((t) => t.skuId)).toEqual([PRO, PPU]);
  });

  it('takes the display name from "Name <address>"', () => {
    expect(read('Email\n"Vance, Adele <adele@contoso.com>"\n').targets[0]).toMatchObject({
      id: 'adele@contoso.com',
      displayName: 'Vance, Adele',
    });
  });

  it('keeps formula-like text as plain data', () => {
    const { targets } = read('Email,DisplayName\na@contoso.com,"=HYPERLINK(""http://evil"",""x"")"\n');
    expect(targets[0]?.displayName).toBe('=HYPERLINK("http://evil","x")');
  });
});

describe('problems say where and what to do', () => {
  it('points at the first row of a duplicate and at the other rows of a contradiction', () => {
    const { problems } = read(
      'Email,Product\na@contoso.com,Power BI Pro\nA@contoso.com,Power BI Pro\nb@contoso.com,Power BI Pro\nb@contoso.com,Power BI Premium Per User\n',
    );
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'duplicateTarget',
        row: 3,
        column: 'Email',
        params: ['3', 'Email', 'A@contoso.com', '2'],
        id: 'A@contoso.com',
      },
      {
        severity: 'error',
        code: 'contradictoryRows',
        row: 4,
        column: 'Email',
        params: ['4', 'Email', 'b@contoso.com', '5'],
        id: 'b@contoso.com',
      },
      {
        severity: 'error',
        code: 'contradictoryRows',
        row: 5,
        column: 'Email',
        params: ['5', 'Email', 'b@contoso.com', '4'],
        id: 'b@contoso.com',
      },
    ]);
  });

  it.each([
    ['john smith@contoso.com', 'johnsmith@contoso.com'],
    ['john@@contoso.com', 'john@contoso.com'],
    ['john@contoso,com', 'john@contoso.com'],
    ['john@contoso', undefined],
  ])('suggests a fix for %j', (address, suggestion) => {
    const [problem] = read(`Email\nok@contoso.com\n"${address}"\n`).problems;
    expect(problem).toMatchObject({ code: 'invalidAddress', row: 3, column: 'Email', params: ['3', 'Email', address] });
    expect(problem?.suggestion).toBe(suggestion);
  });

  it.each([
    ['UK', 'GB'],
    ['Deutschland', 'DE'],
    ['Pays-Bas', 'NL'],
    ['België', 'BE'],
    ['Belgique', 'BE'],
    ['Nederland', 'NL'],
  ])('reads the country %j as usage location %s and says so once, as information', (value, code) => {
    const { targets, problems } = read(`Email,Land\na@contoso.com,${value}\nb@contoso.com,${value}\n`);
    expect(targets.map((t) => t.usageLocation)).toEqual([code, code]);
    expect(problems).toEqual([
      { severity: 'info', code: 'usageLocationFromName', column: 'Land', params: [value, code, '2', 'Land'] },
    ]);
  });

  it.each([
    ['Nederlnd', 'NL'],
    ['Deutchland', 'DE'],
    ['EN', 'GB'],
    ['Q1', undefined],
    ['Atlantis', undefined],
  ])('warns about the unknown usage location %j with a did-you-mean %s', (value, suggestion) => {
    const [problem] = read(`Email,UsageLocation\na@contoso.com,${value}\n`).problems;
    expect(problem).toMatchObject({
      code: 'badUsageLocation',
      severity: 'warning',
      row: 2,
      params: ['2', 'UsageLocation', value],
    });
    expect(problem?.suggestion).toBe(suggestion);
  });

  it('names headerless columns by their spreadsheet letter', () => {
    const { problems, hasHeader, columns } = read('a@contoso.com\nbad address\n');
    expect(hasHeader).toBe(false);
    expect(columns).toEqual([{ header: '', role: 'user' }]);
    expect(problems[0]).toMatchObject({ code: 'invalidAddress', row: 2, column: 'A' });
  });

  it('reports every problem of one row at once', () => {
    const codes = read('Email,Product,Action\nnot-an-address,Power BI Ultra,explode\n').problems.map((p) => p.code);
    expect(codes).toEqual(['invalidAddress', 'unknownProduct', 'unknownAction']);
  });
});

describe('overrides', () => {
  it('maps columns by index', () => {
    const { targets, columns } = read('Wie,Wat\na@contoso.com,Power BI Pro\n', { mapping: ['user', 'product'] });
    expect(columns.map((c) => c.role)).toEqual(['user', 'product']);
    expect(targets[0]).toMatchObject({ id: 'a@contoso.com', skuId: PRO });
  });

  it('maps columns by header, and ignores a column set to null', () => {
    const { targets, problems } = read('Email,Group\na@contoso.com,Finance\n', { mapping: { group: null } });
    expect(problems).toEqual([]);
    expect(targets.map((t) => t.id)).toEqual(['a@contoso.com']);
  });

  it('reads the first row as data when told there is no header', () => {
    const { targets } = read('Email\na@contoso.com\n', { hasHeader: false, mapping: ['user'] });
    expect(targets.map((t) => t.row)).toEqual([2]);
    expect(read('Email\na@contoso.com\n', { hasHeader: false, mapping: ['user'] }).problems[0]).toMatchObject({
      code: 'invalidAddress',
      row: 1,
    });
  });

  it('uses the delimiter and encoding it is given', () => {
    const forced = parseCsv(cp1252('Email|DisplayName\na@contoso.com|Zoë\n'), {
      catalog,
      delimiter: '|',
      encoding: 'windows-1252',
    });
    expect(forced.targets[0]).toMatchObject({ id: 'a@contoso.com', displayName: 'Zoë' });
    expect(forced.delimiter).toBe('|');
    expect(forced.encoding).toBe('windows-1252');
  });

  it('names an override it cannot use and carries on', () => {
    const result = read('Email\na@contoso.com\n', { delimiter: ';;', defaultSkuId: 'Power BI Pro' });
    expect(result.problems.map((p) => [p.code, p.params])).toEqual([
      ['badOverride', ['delimiter']],
      ['badOverride', ['defaultSkuId']],
    ]);
    expect(result.targets).toHaveLength(1);
  });
});

describe('limits', () => {
  it('refuses a file over the size limit with one problem', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(parseCsv(bytes, { catalog }).problems).toEqual([
      { severity: 'error', code: 'fileTooLarge', params: ['21', '20'] },
    ]);
  });

  it('refuses a file over the row limit with one problem and no row problems', () => {
    const result = read(bigFile(MAX_DATA_ROWS + 1) + 'bad address,x,y\n');
    expect(result.problems).toEqual([{ severity: 'error', code: 'tooManyRows', params: [String(MAX_DATA_ROWS)] }]);
    expect(result.targets).toEqual([]);
  });

  it('accepts a file of exactly the row limit', () => {
    expect(read(bigFile(MAX_DATA_ROWS)).targets).toHaveLength(MAX_DATA_ROWS);
  });
});

describe('large files read in chunks', () => {
  it('keeps row numbers right across quoted line breaks', () => {
    const lines = ['Email,DisplayName'];
    for (let i = 0; i < 30_000; i++)
      lines.push(i % 1000 === 0 ? `u${i}@contoso.com,"two\nlines"` : `u${i}@contoso.com,User ${i}`);
    lines.push('not-an-address,last');
    const { targets, problems } = read(lines.join('\n') + '\n');
    expect(targets).toHaveLength(30_000);
    expect(targets[29_999]).toMatchObject({ id: 'u29999@contoso.com', row: 30_001 });
    expect(problems).toEqual([expect.objectContaining({ code: 'invalidAddress', row: 30_002 })]);
  });

  it('places a quote problem deep in the file on its row, and loses no row after it', () => {
    const lines = ['Email,DisplayName'];
    for (let i = 0; i < 20_000; i++)
      lines.push(i === 15_000 ? `u${i}@contoso.com,"Stray` : `u${i}@contoso.com,User ${i}`);
    const { targets, problems } = read(lines.join('\n') + '\n');
    expect(problems.map((p) => [p.code, p.row])).toEqual([['malformedQuotes', 15_002]]);
    expect(targets).toHaveLength(20_000);
  });
});
