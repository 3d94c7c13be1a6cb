// The run: pure state machine, what to do next, progress, report, and persistence.
export * from './types';
export { createRun, clampBatchSize, TARGETS_PER_CHUNK, BATCHES_PER_CHUNK, type CreateRunInput } from './create';
export { FLOW_ORDER, FLOW_STEPS, PORTAL_BATCH_LIMIT, flowOf } from './flows';
export { reduce, reduceAll } from './reducer';
export { nextAction } from './next-action';
export { checklistOf, type ChecklistItem } from './checklist';
export { progressOf, type RunProgress } from './progress';
export { buildReport, type ReportRow, type ReportOutcome, type ExcludedRow } from './report';
export { exportReportCsv, type CsvExportOptions, type ReportColumn } from './report-csv';
export { targetAt, batchAt, currentBatch } from './state-ops';
export * from './store';
