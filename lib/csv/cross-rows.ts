// Rows about the same target: the same thing twice is a duplicate (the first row is kept); the
// same target with a different product, action or kind is a contradiction, and none of its rows
// runs until the admin decides, so a file can never both assign and remove one license.
import type { CsvProblem, Target } from './types';
import { KeyTable } from './key-table';

function sameKind(a: Target, b: Target): boolean {
  // A user and a guest at one address are one person written two ways; a group is not a user.
  return a.kind === b.kind || (a.kind !== 'group' && b.kind !== 'group');
}

function agree(a: Target, b: Target): boolean {
  return (
    sameKind(a, b) && a.skuId === b.skuId && a.action === b.action && a.from?.toLowerCase() === b.from?.toLowerCase()
  );
}

function rowProblem(
  code: string,
  severity: CsvProblem['severity'],
  t: Target,
  column: string,
  extra: string,
): CsvProblem {
  return { severity, code, row: t.row, column, params: [String(t.row), column, t.id, extra], id: t.id };
}

export class SameTargets {
  private readonly firstByKey: KeyTable;
  /** Targets whose key was seen before, with the first target of that key (rare). */
  private readonly repeats: [kept: Target, later: Target][] = [];

  /** `targets` is the list the reader fills; `add` is told each new position in it. */
  constructor(private readonly targets: Target[]) {
    this.firstByKey = new KeyTable(targets);
  }

  /** Notes each target as it is read, while its key's characters are still in the cache. */
  add(index: number): void {
    const kept = this.firstByKey.firstOrAdd(index);
    if (kept !== undefined) this.repeats.push([kept, this.targets[index]!]);
  }

  /** Returns the targets that stay, in file order, and adds duplicate and contradiction problems. */
  resolve(problems: CsvProblem[], idColumn: (t: Target) => string): Target[] {
    const targets = this.targets;
    if (this.repeats.length === 0) return targets;
    // Rows, not targets: numbers hash for free, objects would each need an identity hash made.
    const dropped = new Set<number>();
    // First target -> the targets that disagree with it.
    const conflicts = new Map<Target, Target[]>();
    for (const [kept, t] of this.repeats) {
      if (agree(kept, t)) {
        // Marked a guest on either row: the kept row is a guest (held until confirmed).
        if (t.kind === 'guest') kept.kind = 'guest';
        problems.push(rowProblem('duplicateTarget', 'warning', t, idColumn(t), String(kept.row)));
        dropped.add(t.row);
      } else {
        const list = conflicts.get(kept);
        if (list) list.push(t);
        else conflicts.set(kept, [t]);
      }
    }
    for (const [kept, others] of conflicts) {
      const all = [kept, ...others];
      for (const t of all) {
        const otherRows = all
          .filter((o) => o !== t)
          .map((o) => String(o.row))
          .join(', ');
        problems.push(rowProblem('contradictoryRows', 'error', t, idColumn(t), otherRows));
        dropped.add(t.row);
      }
    }
    return targets.filter((t) => !dropped.has(t.row));
  }
}
