// How large a file may be. Larger files are refused with one clear problem; the admin splits them.
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_DATA_ROWS = 200_000;
