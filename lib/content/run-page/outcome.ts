// The portal's answer after Assign, read from the pane's MessageBars in its own words, and mapped
// back to the run's targets: per-target lines ("<name>: <message>") name people as the picker showed them.
import type { Outcome } from '../../run/types';
import { foldCase, textSegments } from '../../portals/text';
import {
  errorBarsIn,
  hasSpinner,
  readMessageBar,
  successBarsIn,
  warningBarsIn,
} from '../../portals/admin-center/page-parts';

export type OutcomeBars = {
  success?: string;
  error?: { head: string; lines: string[] };
  busy: boolean;
};

/** What the pane says now; `busy` while a spinner turns and no bar is shown. */
export function readOutcomeBars(pane: Element): OutcomeBars {
  const out: OutcomeBars = { busy: false };
  const success = successBarsIn(pane)[0];
  if (success) out.success = textSegments(success).join(' ');
  // A partial failure may come as a warning next to the success (assigned some, not enough licenses).
  const error = errorBarsIn(pane)[0] ?? warningBarsIn(pane)[0];
  if (error) {
    out.error = readMessageBar(error);
  }
  if (!out.success && !out.error) out.busy = hasSpinner(pane);
  return out;
}

export function hasOutcome(bars: OutcomeBars): boolean {
  return bars.success !== undefined || bars.error !== undefined;
}

/** A submitted target and the names the page may call it by (picked option text, display name, id). */
export type NamedTarget = { target: number; names: string[] };

/** The target a line "<name>: <message>" is about, and the message; undefined when no name fits. */
export function splitTargetLine(
  line: string,
  members: readonly NamedTarget[],
): { target: number; text: string } | undefined {
  const folded = foldCase(line);
  let best: { target: number; text: string; length: number } | undefined;
  for (const m of members) {
    for (const name of m.names) {
      const n = foldCase(name);
      if (!n || !folded.startsWith(`${n}:`)) continue;
      if (!best || n.length > best.length)
        best = { target: m.target, text: line.slice(name.length + 1).trim(), length: n.length };
    }
  }
  return best && { target: best.target, text: best.text };
}

/**
 * The run's outcome: success; per-target errors when the lines can be told apart; else one error
 * for the whole submission. Lines naming nobody are left to verification, never guessed.
 */
export function outcomeOf(bars: OutcomeBars, members: readonly NamedTarget[]): Outcome | undefined {
  if (!bars.error) return bars.success !== undefined ? { kind: 'success' } : undefined;
  const errors: { target: number; text: string }[] = [];
  let unnamed = bars.error.lines.length === 0;
  for (const line of bars.error.lines) {
    const hit = splitTargetLine(line, members);
    if (!hit) unnamed = true;
    else if (!errors.some((e) => e.target === hit.target)) errors.push(hit);
  }
  // Words naming nobody go with the outcome: verification tells which targets they were about.
  const text = unnamed && bars.error.head ? { text: bars.error.head } : {};
  if (errors.length > 0 || bars.success !== undefined) return { kind: 'perTarget', errors, ...text };
  return { kind: 'error', text: bars.error.head };
}
