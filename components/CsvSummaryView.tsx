import type { CsvSummary } from '../lib/worker/csv-summary';
import type { CsvProblem } from '../lib/csv/types';
import { formatNumber, t, type MessageKey } from './i18n';

const DELIMITERS: [string, MessageKey][] = [
  [',', 'delimiterComma'],
  [';', 'delimiterSemicolon'],
  ['\t', 'delimiterTab'],
];
const ENCODINGS: [string, MessageKey][] = [
  ['utf-8-bom', 'encodingUtf8Bom'],
  ['utf-8', 'encodingUtf8'],
  ['windows-1252', 'encodingWindows1252'],
];

/** Params that are counts (beyond a row problem's row number), written in the admin's number format. */
const COUNT_PARAMS: Partial<Record<string, number[]>> = {
  tooManyRows: [0],
  fileTooLarge: [0, 1],
  readAsUtf8: [0],
  usageLocationFromName: [2],
  tooManyColumns: [2, 3],
  duplicateTarget: [3],
};

/** Each problem's message says where (row, column), what happened and what to do. */
export function problemText(problem: CsvProblem): string {
  const counts = COUNT_PARAMS[problem.code] ?? [];
  const params = (problem.params ?? []).map((p, i) =>
    ((problem.row !== undefined && i === 0) || counts.includes(i)) && /^\d+$/.test(p) ? formatNumber(Number(p)) : p,
  );
  return t(`csv_${problem.code}` as MessageKey, ...params);
}

type Props = {
  summary: CsvSummary;
  onOverride: (overrides: Record<string, unknown>) => void;
  onClear: () => void;
};

export function CsvSummaryView({ summary, onOverride, onClear }: Props) {
  const hidden = summary.errors + summary.warnings + summary.infos - summary.problems.length;
  const alternative = summary.encodingAlternative;
  return (
    <section class="card stack" data-testid="csv-summary" aria-labelledby="csv-file">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="csv-file">{summary.fileName}</h2>
        <button type="button" onClick={onClear}>
          {t('csvClear')}
        </button>
      </div>
      <p data-testid="csv-counts">
        {t(
          'csvCounts',
          formatNumber(summary.rowCount),
          formatNumber(summary.counts.users),
          formatNumber(summary.counts.guests),
          formatNumber(summary.counts.groups),
        )}
      </p>
      <div class="row">
        <label>
          {t('csvDelimiter')}{' '}
          <select value={summary.delimiter} onChange={(e) => onOverride({ delimiter: e.currentTarget.value })}>
            {DELIMITERS.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('csvEncoding')}{' '}
          <select value={summary.encoding} onChange={(e) => onOverride({ encoding: e.currentTarget.value })}>
            {ENCODINGS.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        {alternative && (
          <button type="button" data-testid="csv-encoding-switch" onClick={() => onOverride({ encoding: alternative })}>
            {t('csvReadAs', t(ENCODINGS.find(([value]) => value === alternative)![1]))}
          </button>
        )}
      </div>
      <p class="muted" data-testid="csv-columns">
        {t(
          'csvColumns',
          summary.columns
            .map((c) => `${c.header || '—'} → ${c.role ? t(`role_${c.role}` as MessageKey) : t('roleIgnored')}`)
            .join(' · '),
        )}
      </p>
      {summary.problems.length > 0 && (
        <details open={summary.errors > 0} data-testid="csv-problems">
          <summary>{t('csvProblems', formatNumber(summary.errors), formatNumber(summary.warnings))}</summary>
          <ul class="problems">
            {summary.problems.map((p, i) => (
              <li key={i} class={p.severity} data-code={p.code} data-row={p.row ?? ''}>
                {problemText(p)}
              </li>
            ))}
          </ul>
          {hidden > 0 && <p class="muted">{t('csvMoreProblems', formatNumber(hidden))}</p>}
        </details>
      )}
      {summary.errors + summary.warnings === 0 && (
        <p class="ok" data-testid="csv-clean">
          {t('csvNoProblems')}
        </p>
      )}
    </section>
  );
}
