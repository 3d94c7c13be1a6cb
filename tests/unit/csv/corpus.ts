// A corpus of awkward files, built here so the tests own their inputs. Each file says what reading
// it must give: the targets (by id, or a count for large files) and the exact problems (code, row).
// The files live in corpus-encodings.ts (how a file is written) and corpus-rows.ts (what its rows hold).
import type { CorpusFile } from './corpus-kit';
import { encodingFiles } from './corpus-encodings';
import { rowFiles } from './corpus-rows';
import { microsoftFiles } from './corpus-microsoft';
import { hostileFiles } from './corpus-hostile';

export { bigFile, PPU, PRO, type CorpusFile, type Expect } from './corpus-kit';

export const corpus: CorpusFile[] = [...encodingFiles, ...rowFiles, ...microsoftFiles, ...hostileFiles];
