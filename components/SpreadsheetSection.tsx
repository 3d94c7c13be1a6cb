import { CsvLoader } from './CsvLoader';
import { CsvSummaryView } from './CsvSummaryView';
import { PreflightChecks } from './PreflightChecks';
import { RunStarter } from './RunStarter';
import { t } from './i18n';
import type { usePreflight } from './usePreflight';

type Props = { csv: ReturnType<typeof usePreflight>; onStarting: () => void };

/** Load a spreadsheet, see its problems and the pre-flight checks, start or dry-run: popup and side panel. */
export function SpreadsheetSection({ csv, onStarting }: Props) {
  const view = csv.view;
  return (
    <>
      {view?.summary ? (
        <CsvSummaryView
          summary={view.summary}
          onOverride={(o) => void csv.override(o)}
          onClear={() => void csv.clear()}
        />
      ) : (
        <CsvLoader busy={csv.busy} onFile={(name, base64) => void csv.load(name, base64)} />
      )}
      {csv.error && (
        <p class="notice fail" role="alert">
          {t('backgroundError', csv.error)}
        </p>
      )}
      {view?.summary && (
        <PreflightChecks
          checks={view.checks}
          guestsConfirmed={view.guestsConfirmed}
          onConfirmGuests={(c) => void csv.confirmGuests(c)}
          onRecheck={() => void csv.refresh()}
        />
      )}
      {view?.summary && !view.activeRun && (
        <RunStarter
          view={view}
          busy={csv.busy}
          onStart={(mode) => {
            onStarting(); // first, while the click still counts as the admin's gesture
            void csv.start(mode);
          }}
          onDryRun={csv.dryRun}
        />
      )}
    </>
  );
}
