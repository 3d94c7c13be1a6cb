// The side panel's view of a run: progress and one page of targets with their checklists.
// Filtering walks the run once; only the requested page gets checklists built.
import { batchPosition, checklistOf, progressOf, tallyOf, type RunState, type TargetRecord } from '../run';
import { forEachItem } from '../run/chunked';
import type { RunView } from '../messages';

export type RunFilter = 'batch' | 'all' | 'open' | 'failed' | 'done' | 'skipped';

const MATCHES: Record<RunFilter, (r: TargetRecord, s: RunState) => boolean> = {
  batch: (r, s) => s.current !== undefined && r.batch === s.current,
  all: () => true,
  open: (r) => r.status !== 'done' && r.status !== 'failed' && r.status !== 'skipped',
  failed: (r) => r.status === 'failed',
  done: (r) => r.status === 'done' || r.status === 'assigned',
  skipped: (r) => r.status === 'skipped',
};

export function runView(s: RunState, now: number, offset: number, limit: number, filter: RunFilter = 'all'): RunView {
  const matches = MATCHES[filter];
  const page: [number, TargetRecord][] = [];
  let matching = 0;
  forEachItem(s.targets, (r, i) => {
    if (!matches(r, s)) return;
    if (matching >= offset && page.length < limit) page.push([i, r]);
    matching++;
  });
  const progress = progressOf(s, now);
  const position = batchPosition(s, progress);
  return {
    id: s.id,
    product: s.product,
    mode: s.mode,
    status: s.status,
    ...(s.pause ? { pause: s.pause } : {}),
    submissions: s.submissions,
    progress,
    tally: tallyOf(s, now),
    ...(position.n !== undefined ? { batch: { n: position.n, of: position.of } } : {}),
    matching,
    items: page.map(([index, r]) => ({
      index,
      row: r.target.row,
      id: r.target.id,
      kind: r.target.kind,
      status: r.status,
      batch: r.batch,
      ...(r.failure ? { failure: r.failure.code, ...(r.failure.text ? { failureText: r.failure.text } : {}) } : {}),
      ...(r.skip ? { skip: r.skip } : {}),
      steps: checklistOf(s, index),
    })),
  };
}
