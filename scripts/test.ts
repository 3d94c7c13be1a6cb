// `npm test`: every check, in stages. Within a stage the steps run side by side (a type check and a
// lint are each one busy core, so on two cores they take the time of the longer); each step's output
// is printed whole when it ends, so parallel logs never interleave. The first failure stops the rest.
// The build waits for the type check: `wxt build` rewrites the generated types `tsc` reads.
import { spawn, type ChildProcess } from 'node:child_process';

/** Stages run one after another; a stage's chains run side by side; a chain's steps in order. */
const stages: string[][][] = [[['typecheck'], ['lint']], [['test:unit'], ['build', 'lint:firefox']], [['test:e2e']]];

const running = new Set<ChildProcess>();
let stopping = false;

/** Runs one npm script in its own process group (so a stop reaches the tools it starts); `live` streams its output. */
function run(script: string, live: boolean): Promise<{ ok: boolean; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], {
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
      detached: true,
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      running.delete(child);
      resolve({ ok: code === 0, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** Stops every running step's process group; a group that has just ended is no error. */
function stopAll(): void {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

// The steps run in their own process groups, so Ctrl+C in the terminal does not reach them: pass it on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    stopAll();
    process.exit(130);
  });
}

async function main(): Promise<number> {
  const began = Date.now();
  for (const stage of stages) {
    const failed: string[] = [];
    await Promise.all(
      stage.map(async (chain) => {
        for (const script of chain) {
          if (stopping) return;
          const live = stage.length === 1;
          if (live) console.log(`\n── npm run ${script} ──`);
          const result = await run(script, live);
          if (stopping && !result.ok) return; // stopped because another step failed
          console.log(
            `\n── npm run ${script}: ${result.ok ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(0)} s ──`,
          );
          process.stdout.write(result.output);
          if (result.ok) continue;
          failed.push(script);
          stopping = true;
          stopAll();
          return;
        }
      }),
    );
    if (failed.length > 0) {
      console.error(`\nnpm test failed: ${failed.join(', ')}`);
      return 1;
    }
  }
  console.log(`\nnpm test passed in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  return 0;
}

process.exitCode = await main();
