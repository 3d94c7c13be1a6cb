// The run: pure state machine, what to do next, progress, report, and persistence.
export * from './types';
export { createRun, clampBatchSize, TARGETS_PER_CHUNK, BATCHES_PER_CHUNK, type CreateRunInput } from './create';
export {
  FLOW_ORDER,
  FLOW_STEPS,
  PORTAL_BATCH_LIMIT,
  actingTarget,
  flowOf,
  flowOfRecord,
  isUnassignFlow,
  submitStep,
} from './flows';
export { reduce, reduceAll } from './reducer';
export { nextAction } from './next-action';
export { checklistOf, type ChecklistItem } from './checklist';
export { batchPosition, progressOf, type RunProgress } from './progress';
export { tallyOf, type RunTally } from './tally';
export { buildReport, type ReportRow, type ReportOutcome, type ExcludedRow } from './report';
export { exportReportCsv, type CsvExportOptions, type ReportColumn } from './report-csv';
export {
  planOf,
  planOfInput,
  type RunPlan,
  type PlanBatch,
  type PlanItem,
  type PlanSkip,
  type PlanSeats,
} from './plan';
export { exportPlanCsv, PLAN_COLUMNS, type PlanColumn, type PlanCsvOptions } from './plan-csv';
export { targetAt, batchAt, currentBatch } from './state-ops';
export * from './store';
