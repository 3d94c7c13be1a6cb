// Files that differ in how they are written: encodings, delimiters, headers, and files that are
// not CSV at all.
import { bigFile, type CorpusFile } from './corpus-kit';
import { cp1252, noise, utf16, utf8, utf8Bom, zipStart } from './encode';

export const encodingFiles: CorpusFile[] = [
  {
    name: 'comma, English headers',
    bytes: utf8(
      'UserPrincipalName,Product,UsageLocation\nadele@contoso.com,Power BI Pro,NL\nalex@contoso.com,POWER_BI_PRO,DE\n',
    ),
    expect: {
      ids: ['adele@contoso.com', 'alex@contoso.com'],
      problems: [],
      encoding: 'utf-8',
      delimiter: ',',
      rowCount: 2,
    },
  },
  {
    name: 'semicolon, Dutch headers (Excel nl-NL)',
    bytes: utf8(
      'Gebruikersnaam;Product;Gebruikslocatie;Weergavenaam\r\nadele@contoso.nl;Power BI Pro;NL;Vance, Adele\r\n',
    ),
    expect: { ids: ['adele@contoso.nl'], problems: [], delimiter: ';' },
  },
  {
    name: 'tab, German headers',
    bytes: utf8('Benutzername\tProdukt\tNutzungsort\tAnzeigename\nalex@contoso.de\tPower BI Pro\tDE\tAlex Wilber\n'),
    expect: { ids: ['alex@contoso.de'], problems: [], delimiter: '\t' },
  },
  {
    name: 'French headers in Windows-1252',
    bytes: cp1252(
      "Nom d'utilisateur;Produit;Pays;Nom d'affichage\r\nmegan@contoso.fr;Power BI Pro;FR;Mégane Bérénice\r\n",
    ),
    expect: { ids: ['megan@contoso.fr'], problems: [], encoding: 'windows-1252', delimiter: ';' },
  },
  {
    name: 'UTF-8 with BOM',
    bytes: utf8Bom('E-mail,Product\nzoe@contoso.com,Power BI Pro\n'),
    expect: { ids: ['zoe@contoso.com'], problems: [], encoding: 'utf-8-bom' },
  },
  {
    name: 'Windows-1252 bytes é ü ß in names',
    bytes: cp1252('Email;DisplayName\njurgen@contoso.de;Jürgen Groß\nrene@contoso.fr;René Dupré\n'),
    expect: { ids: ['jurgen@contoso.de', 'rene@contoso.fr'], problems: [], encoding: 'windows-1252' },
  },
  {
    name: 'headerless single column of addresses',
    bytes: utf8('adele@contoso.com\nalex@contoso.com\nmegan@contoso.com\n'),
    expect: { ids: ['adele@contoso.com', 'alex@contoso.com', 'megan@contoso.com'], problems: [], rowCount: 3 },
  },
  {
    name: 'unrecognized header over a column of addresses',
    bytes: utf8('Wie\na@contoso.com\nb@contoso.com\n'),
    expect: { ids: ['a@contoso.com', 'b@contoso.com'], problems: [['assumedUserColumn']] },
  },
  {
    name: 'xlsx renamed to csv',
    bytes: zipStart([
      ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
      ['_rels/.rels', '<Relationships/>'],
      ['xl/workbook.xml', '<workbook/>'],
    ]),
    expect: { targetCount: 0, problems: [['excelFile']] },
  },
  {
    name: 'old xls renamed to csv',
    bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(200, 2)]),
    expect: { targetCount: 0, problems: [['excelFile']] },
  },
  {
    name: 'UTF-16 LE with BOM',
    bytes: utf16('Email\na@contoso.com\n', 'le', true),
    expect: { targetCount: 0, problems: [['utf16File']] },
  },
  {
    name: 'UTF-16 BE with BOM',
    bytes: utf16('Email\na@contoso.com\n', 'be', true),
    expect: { targetCount: 0, problems: [['utf16File']] },
  },
  {
    name: 'UTF-16 LE without BOM',
    bytes: utf16('Email\na@contoso.com\n', 'le', false),
    expect: { targetCount: 0, problems: [['utf16File']] },
  },
  { name: 'binary noise', bytes: noise(4096, 7), expect: { targetCount: 0, problems: [['binaryFile']] } },
  { name: 'empty file', bytes: new Uint8Array(0), expect: { targetCount: 0, problems: [['emptyFile']] } },
  {
    name: 'only a BOM and blank lines',
    bytes: utf8Bom('\r\n \r\n\t\n'),
    expect: { targetCount: 0, problems: [['emptyFile']] },
  },
  {
    name: 'only a header',
    bytes: utf8('UserPrincipalName,Product\n'),
    expect: { targetCount: 0, problems: [['noDataRows']], rowCount: 0 },
  },
  {
    name: 'no identifier column',
    bytes: utf8('Department,Cost centre\nFinance,100\nSales,200\n'),
    expect: { targetCount: 0, problems: [['noIdentifierColumn']] },
  },
  {
    name: 'Excel sep= line',
    bytes: utf8('sep=;\nEmail;Product\na@contoso.com;Power BI Pro\n'),
    expect: { ids: ['a@contoso.com'], problems: [], delimiter: ';' },
  },
  {
    name: 'old Mac line ends (CR only)',
    bytes: utf8('Email,Product\ra@contoso.com,Power BI Pro\rb@contoso.com,Power BI Pro\r'),
    expect: { ids: ['a@contoso.com', 'b@contoso.com'], problems: [] },
  },
  {
    name: '100,000 rows',
    bytes: utf8(bigFile(100_000)),
    expect: { targetCount: 100_000, problems: [], rowCount: 100_000 },
  },
];
