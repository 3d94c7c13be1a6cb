// One benchmark's figure as `npm run bench` prints it (and `--json` emits it).
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  /** Measured in the same run, where the figure is a ratio to something. */
  baseline?: number;
  ratio?: number;
  /** Human-readable budget, e.g. '<= 2.0x' or '<= 25600 B'. */
  budget: string;
  pass: boolean;
};

export type Benchmark = { name: string; run: () => Promise<BenchResult[]> };
