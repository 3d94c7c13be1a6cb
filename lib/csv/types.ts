// What a loaded spreadsheet becomes: targets with their source rows, and problems with where and how to fix.
import type { KnownFile } from './known-files';

export type TargetKind = 'user' | 'guest' | 'group';
export type TargetAction = 'assign' | 'unassign' | 'reassign';

export type Target = {
  /** 1-based row number in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  kind: TargetKind;
  /** As written in the file (trimmed): UPN, e-mail, group name, group mail or object id. */
  id: string;
  /** Normalized identity for duplicate detection (lower case, guest forms unified). */
  key: string;
  /** skuId (GUID) of the catalogue when the row names a product; else the run's default product. */
  skuId?: string;
  usageLocation?: string;
  displayName?: string;
  action: TargetAction;
  /** For reassign: the user whose seat goes to `id`. */
  from?: string;
  /** For groups: the member count the file gives (a Members column), used to count seats. */
  memberCount?: number;
  /**
   * Products the user holds now, by display name as written, when the file is a user export with
   * a Licenses column (admin center "Export users"): `[]` for "Unlicensed", absent when the file
   * has no such column. Never the product to assign.
   */
  heldProducts?: string[];
};

/** 'info' tells what was read in a way the admin may want to know (a country name read as its code). */
export type ProblemSeverity = 'error' | 'warning' | 'info';

export type CsvProblem = {
  severity: ProblemSeverity;
  /** Stable code, also the _locales message key suffix, e.g. 'invalidAddress'. */
  code: string;
  /** 1-based row (header = 1); absent for file-level problems. */
  row?: number;
  /** Column header as written in the file. */
  column?: string;
  /** Values substituted into the localized message ($1, $2 ...). For row problems $1 is the row and
   * $2 the column (empty when the problem is the whole row); further values follow. */
  params?: string[];
  /** A corrected value the UI may offer to apply (e.g. 'GB' for 'UK'); see the `didYouMean` message. */
  suggestion?: string;
  /** For row problems: the row's user or group as written, so a report names who the row was about. */
  id?: string;
};

/** What a column of the file means. */
export type ColumnRole =
  'user' | 'group' | 'product' | 'usageLocation' | 'displayName' | 'guest' | 'action' | 'from' | 'members' | 'held';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'user',
  'group',
  'product',
  'usageLocation',
  'displayName',
  'guest',
  'action',
  'from',
  'members',
  'held',
];

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'windows-1252';

export type CsvColumn = { header: string; role: ColumnRole | null };

export type ParseCsvResult = {
  targets: Target[];
  problems: CsvProblem[];
  encoding: CsvEncoding;
  delimiter: string;
  columns: CsvColumn[];
  /** Data rows read (the header and trailing blank lines not counted). */
  rowCount: number;
  /** Whether the first row was read as a header (false for a bare column of addresses). */
  hasHeader: boolean;
  /** One of Microsoft's own user files, recognized by its headers. */
  knownFile?: KnownFile;
  /** The other encoding that could be meant, when the detected one was a judgement call. */
  encodingAlternative?: CsvEncoding;
};
