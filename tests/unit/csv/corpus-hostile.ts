// Files as admins really have them and as an attacker might make them: lists pasted together from
// two sources, addresses copied from mail and chat with hidden characters, guest addresses in every
// spelling, stray bytes, country names, formula and HTML cells, huge cells, and files that are not
// CSV at all. Each says what reading it must give; none may lose a row or read a guest as a member.
import { bigFile, type CorpusFile } from './corpus-kit';
import { cp1252, utf32le, utf8, utf8Bom, zipStart } from './encode';

/** A large file whose line ends alternate CRLF, LF and CR, as lists pasted from several tools. */
function mixedLineEnds(rows: number): string {
  const lines = bigFile(rows).split('\r\n').filter(Boolean);
  const ends = ['\r\n', '\n', '\r'];
  return lines.map((line, i) => line + ends[i % 3]).join('');
}

export const hostileFiles: CorpusFile[] = [
  {
    name: 'CRLF list with LF lines pasted in (no row merged)',
    bytes: utf8('Email,UsageLocation\r\na@contoso.nl,NL\r\nb@contoso.nl,DE\nc@contoso.nl,NL\r\nd@contoso.nl,BE\n'),
    expect: {
      ids: ['a@contoso.nl', 'b@contoso.nl', 'c@contoso.nl', 'd@contoso.nl'],
      usageLocations: ['NL', 'DE', 'NL', 'BE'],
      problems: [],
      rowsAccounted: [2, 5],
    },
  },
  {
    name: 'LF list with CRLF lines pasted in, quoted last cells',
    bytes: utf8(
      'Email,DisplayName\na@contoso.nl,"Vance, Adele"\r\nb@contoso.nl,"Wilber, Alex"\nc@contoso.nl,Bowen\r\n',
    ),
    expect: { ids: ['a@contoso.nl', 'b@contoso.nl', 'c@contoso.nl'], problems: [], rowsAccounted: [2, 4] },
  },
  {
    name: 'old Mac CR lines mixed with CRLF',
    bytes: utf8('Email\r\na@contoso.nl\rb@contoso.nl\r\nc@contoso.nl\r'),
    expect: { ids: ['a@contoso.nl', 'b@contoso.nl', 'c@contoso.nl'], problems: [], rowsAccounted: [2, 4] },
  },
  {
    name: '50,000 rows with CRLF, LF and CR line ends in turn',
    bytes: utf8(mixedLineEnds(50_000)),
    expect: { targetCount: 50_000, problems: [], rowCount: 50_000 },
  },
  {
    name: 'guest marks URL-encoded, full-width and in any case',
    bytes: utf8(
      'UserPrincipalName\n' +
        'ann_fabrikam.com%23EXT%23@contoso.onmicrosoft.com\n' +
        'bob_fabrikam.com\uff03EXT\uff03@contoso.onmicrosoft.com\n' +
        'cat_fabrikam.com#ext#@contoso.onmicrosoft.com\n' +
        'dan_fabrikam.com%23Ext%23@contoso.onmicrosoft.com\n' +
        'eve@contoso.com\n',
    ),
    expect: {
      ids: [
        'ann_fabrikam.com#EXT#@contoso.onmicrosoft.com',
        'bob_fabrikam.com#EXT#@contoso.onmicrosoft.com',
        'cat_fabrikam.com#EXT#@contoso.onmicrosoft.com',
        'dan_fabrikam.com#EXT#@contoso.onmicrosoft.com',
        'eve@contoso.com',
      ],
      kinds: ['guest', 'guest', 'guest', 'guest', 'user'],
      problems: [],
    },
  },
  {
    name: 'one guest as a UPN, URL-encoded and as the home address: one target, a guest',
    bytes: utf8(
      'Email\njohn@fabrikam.com\njohn_fabrikam.com%23EXT%23@contoso.onmicrosoft.com\njohn_fabrikam.com#EXT#@contoso.onmicrosoft.com\n',
    ),
    expect: {
      ids: ['john@fabrikam.com'],
      kinds: ['guest'],
      problems: [
        ['duplicateTarget', 3],
        ['duplicateTarget', 4],
      ],
    },
  },
  {
    name: 'invisible characters from chat and web pages: removed with a warning, duplicates still found',
    bytes: utf8(
      'Email\n' +
        'adele\u200b@contoso.com\n' +
        'alex@con\u00adtoso.com\n' +
        '\ufeffmegan@contoso.com\n' +
        'lee\u200d@contoso.com\n' +
        'adele@contoso.com\n',
    ),
    expect: {
      ids: ['adele@contoso.com', 'alex@contoso.com', 'megan@contoso.com', 'lee@contoso.com'],
      problems: [
        ['invisibleCharacters', 2],
        ['invisibleCharacters', 3],
        ['invisibleCharacters', 4],
        ['invisibleCharacters', 5],
        ['duplicateTarget', 6],
      ],
    },
  },
  {
    name: 'text-direction override and a line break inside an address cell are refused',
    bytes: utf8('Email\n\u202emoc.osotnoc@nna\n"bob@contoso.com\ncarl@contoso.com"\ndora@contoso.com\n'),
    expect: {
      ids: ['dora@contoso.com'],
      problems: [
        ['directionControl', 2],
        ['controlCharacter', 3],
      ],
    },
  },
  {
    name: 'addresses in curly quotes, guillemets and angle brackets',
    bytes: utf8(
      'Email\n\u201cpiet@contoso.nl\u201d\n\u2018jan@contoso.nl\u2019\n<kees@contoso.nl>\n\u00abmarie@contoso.fr\u00bb\n' +
        '"\u201cPiet Jansen\u201d <pj@contoso.nl>"\n\'anna@contoso.nl\'\n',
    ),
    expect: {
      ids: [
        'piet@contoso.nl',
        'jan@contoso.nl',
        'kees@contoso.nl',
        'marie@contoso.fr',
        'pj@contoso.nl',
        'anna@contoso.nl',
      ],
      problems: [],
    },
  },
  {
    name: 'lookalike domains mixing Greek or Cyrillic with Latin are refused; real IDN domains pass',
    bytes: utf8(
      'Email\nann@cont\u03bfso.com\nbob@c\u043entoso.com\ncarl@m\u00fcller.de\ndora@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444\n',
    ),
    expect: {
      ids: ['carl@m\u00fcller.de', 'dora@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444'],
      problems: [
        ['mixedScriptDomain', 2],
        ['mixedScriptDomain', 3],
      ],
    },
  },
  {
    name: 'UTF-8 with one stray Windows-1252 byte stays UTF-8 and names the row',
    bytes: Uint8Array.from([
      ...utf8('Email;DisplayName\njurgen@contoso.de;J\u00fcrgen M\u00fcller\nrene@contoso.fr;Ren'),
      0xe9,
      ...utf8('\nzoe@contoso.nl;Zo\u00eb\n'),
    ]),
    expect: {
      ids: ['jurgen@contoso.de', 'rene@contoso.fr', 'zoe@contoso.nl'],
      problems: [['readAsUtf8'], ['invalidUtf8', 3]],
      encoding: 'utf-8',
    },
  },
  {
    name: 'Excel nl-NL "CSV (gescheiden door lijstscheidingsteken)": semicolons, Windows-1252, Dutch countries',
    bytes: cp1252(
      'E-mailadres;Weergavenaam;Land\r\nanouk@contoso.nl;Anouk de Vrée;Nederland\r\njef@contoso.be;Jef Peeters;België\r\n',
    ),
    expect: {
      ids: ['anouk@contoso.nl', 'jef@contoso.be'],
      usageLocations: ['NL', 'BE'],
      problems: [['usageLocationFromName'], ['usageLocationFromName']],
      encoding: 'windows-1252',
      delimiter: ';',
    },
  },
  {
    name: 'Excel de-DE save: semicolons, Windows-1252, German countries',
    bytes: cp1252(
      'Benutzername;Anzeigename;Land\r\njurgen@contoso.de;Jürgen Groß;Deutschland\r\nlena@contoso.at;Lena Huber;Österreich\r\n',
    ),
    expect: {
      ids: ['jurgen@contoso.de', 'lena@contoso.at'],
      usageLocations: ['DE', 'AT'],
      problems: [['usageLocationFromName'], ['usageLocationFromName']],
      encoding: 'windows-1252',
    },
  },
  {
    name: 'Excel fr-FR "CSV UTF-8": BOM, semicolons, French countries',
    bytes: utf8Bom(
      "Adresse e-mail;Nom d'affichage;Pays\r\nmegan@contoso.fr;Mégane Bérénice;Allemagne\r\n" +
        'luc@contoso.be;Luc Dubois;Belgique\r\nnina@contoso.nl;Nina Smit;Pays-Bas\r\n',
    ),
    expect: {
      usageLocations: ['DE', 'BE', 'NL'],
      problems: [['usageLocationFromName'], ['usageLocationFromName'], ['usageLocationFromName']],
      encoding: 'utf-8-bom',
    },
  },
  {
    name: 'country names with a typo get a did-you-mean',
    bytes: utf8('Email,Country\na@contoso.nl,Nederlnd\nb@contoso.de,Duitslnd\nc@contoso.nl,Atlantis\n'),
    expect: {
      usageLocations: [undefined, undefined, undefined],
      problems: [
        ['badUsageLocation', 2],
        ['badUsageLocation', 3],
        ['badUsageLocation', 4],
      ],
    },
  },
  {
    name: 'LibreOffice save: every cell quoted, LF, no BOM',
    bytes: utf8('"Email","Product","UsageLocation"\n"a@contoso.com","Power BI Pro","NL"\n"b@contoso.com","","DE"\n'),
    expect: { ids: ['a@contoso.com', 'b@contoso.com'], problems: [], delimiter: ',' },
  },
  {
    name: 'Numbers export: comma, no line end after the last row',
    bytes: utf8('Email Address,Name\nadele@contoso.com,Adele Vance\nalex@contoso.com,Alex Wilber'),
    expect: { ids: ['adele@contoso.com', 'alex@contoso.com'], problems: [] },
  },
  {
    name: 'formula injection cells in the address column',
    bytes: utf8(
      'Email,DisplayName\n"=cmd|\' /C calc\'!A0",x\n@SUM(1+1)*cmd|\' /C calc\'!A0,y\n+1+1,z\nok@contoso.com,"=HYPERLINK(""http://evil"")"\n',
    ),
    expect: {
      ids: ['ok@contoso.com'],
      problems: [
        ['formulaInCell', 2],
        ['formulaInCell', 3],
        ['formulaInCell', 4],
      ],
    },
  },
  {
    name: 'HTML in cells stays text',
    bytes: utf8('Email,DisplayName\n<img src=x onerror=alert(1)>,x\nok@contoso.com,<script>alert(1)</script>\n'),
    expect: { ids: ['ok@contoso.com'], problems: [['invalidAddress', 2]] },
  },
  {
    name: 'a 2 MB cell where an address should be',
    bytes: utf8(`Email\n${'A'.repeat(2 * 1024 * 1024)}\nok@contoso.com\n`),
    expect: { ids: ['ok@contoso.com'], problems: [['invalidAddress', 2]] },
  },
  {
    name: 'web page saved as .xls',
    bytes: utf8('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>a@b.co</td></tr></table>'),
    expect: { targetCount: 0, problems: [['htmlFile']] },
  },
  {
    name: 'zip archive holding a CSV',
    bytes: zipStart([['users.csv', 'Email\na@contoso.com\n']]),
    expect: { targetCount: 0, problems: [['zipFile']] },
  },
  {
    name: 'LibreOffice .ods renamed to csv',
    bytes: zipStart([
      ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['content.xml', '<office:document-content/>'],
    ]),
    expect: { targetCount: 0, problems: [['odsFile']] },
  },
  {
    name: 'Numbers document renamed to csv',
    bytes: zipStart([
      ['Index/Document.iwa', '\u0001'],
      ['Metadata/DocumentIdentifier', 'x'],
    ]),
    expect: { targetCount: 0, problems: [['numbersFile']] },
  },
  {
    name: 'UTF-32 text',
    bytes: utf32le('Email\na@contoso.com\n', true),
    expect: { targetCount: 0, problems: [['utf32File']] },
  },
  {
    name: 'object ids for users and groups, bare, braced and in parentheses',
    bytes: utf8(
      'User,Group\n9f0e1d2c-3b4a-4596-8877-665544332211,\n,{0B6C3B5E-5B1F-4F55-9A39-6E3A0E6F5F0A}\n,(1b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a)\n' +
        ',0b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a\n,{2b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a\n',
    ),
    expect: {
      ids: [
        '9f0e1d2c-3b4a-4596-8877-665544332211',
        '0b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a',
        '1b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a',
        '{2b6c3b5e-5b1f-4f55-9a39-6e3a0e6f5f0a',
      ],
      kinds: ['user', 'group', 'group', 'group'],
      problems: [['duplicateTarget', 5]],
    },
  },
];
