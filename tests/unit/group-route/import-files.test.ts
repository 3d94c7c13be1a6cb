import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { baseNameOf, fileSizes, importFileName, importMembersFiles } from '../../../lib/group-route/import-files';
import { IMPORT_HEADER, IMPORT_MEMBERS_PER_FILE, IMPORT_VERSION_LINE } from '../../../lib/group-route/limits';

const users = (n: number) => Array.from({ length: n }, (_, i) => `user${i + 1}@contoso.com`);

describe('Import members files', () => {
  it("starts every file with the template's version line and header, then one member per row", () => {
    const [file] = importMembersFiles(['a@contoso.com', 'b_fabrikam.com#EXT#@contoso.onmicrosoft.com']);
    expect(file!.text.split('\r\n')).toEqual([
      'version:v1.0',
      'Member object ID or user principal name [memberObjectIdOrUpn] Required',
      'a@contoso.com',
      'b_fabrikam.com#EXT#@contoso.onmicrosoft.com',
      '',
    ]);
  });

  it('reads back as the template reads: version line, header, members, nothing else', () => {
    const members = users(5);
    const rows = Papa.parse<string[]>(importMembersFiles(members)[0]!.text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([IMPORT_VERSION_LINE]);
    expect(rows[1]).toEqual([IMPORT_HEADER]);
    expect(rows.slice(2).map((r) => r[0])).toEqual(members);
  });

  it('lists each member once, in the order of the list', () => {
    const files = importMembersFiles(['B@contoso.com', 'a@contoso.com', 'b@contoso.com ', ' ', 'a@CONTOSO.com']);
    expect(files[0]!.members).toEqual(['B@contoso.com', 'a@contoso.com']);
  });

  it('splits a large list into near-equal files, none over the per-file size', () => {
    const files = importMembersFiles(users(45_001));
    expect(files.map((f) => f.members.length)).toEqual([15_001, 15_000, 15_000]);
    expect(files.every((f) => f.members.length <= IMPORT_MEMBERS_PER_FILE)).toBe(true);
    expect(files.map((f) => [f.index, f.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(files.flatMap((f) => f.members)).toEqual(users(45_001));
  });

  it('never leaves a file with fewer than the two members Entra needs', () => {
    expect(fileSizes(7, 3)).toEqual([3, 2, 2]);
    expect(fileSizes(4, 3)).toEqual([2, 2]);
    expect(fileSizes(0)).toEqual([]);
    expect(fileSizes(1)).toEqual([1]);
  });

  it('quotes a member only where CSV needs it', () => {
    expect(importMembersFiles(['x,y@contoso.com', 'z@contoso.com'])[0]!.text).toContain('"x,y@contoso.com"');
  });

  it("names downloads after the admin's own file", () => {
    expect(baseNameOf('HR list (Dec).xlsx.csv')).toBe('HR list (Dec).xlsx');
    expect(baseNameOf('a/b:c.csv')).toBe('a_b_c');
    expect(baseNameOf('.csv')).toBe('members');
    expect(importFileName('hr.csv', { index: 2, count: 3 }, '$1 - import members $2 of $3')).toBe(
      'hr - import members 2 of 3.csv',
    );
  });
});
