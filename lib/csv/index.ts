// CSV import: bytes -> targets and problems with where and how to fix them.
export { parseCsv } from './parse-csv';
export type { ParseCsvOptions } from './options';
export type { ColumnMapping } from './columns';
export { sampleCsv, type SampleStyle } from './samples';
export { MAX_FILE_BYTES, MAX_DATA_ROWS } from './limits';
export { addressKey, guestHomeAddress, isAddress, isGuestUpn } from './address';
export { usageLocationCode, COUNTRY_CODES } from './usage-location';
export { DELIMITER_CANDIDATES, detectDelimiter } from './delimiter';
export { HEADER_ALIASES, foldHeader } from './header-aliases';
export * from './types';
