// `npm test`: the whole suite, one npm script after another, except the two that need only the built
// sites and share nothing else (Vitest, and html-validate + links + the reproducible builds): they run
// side by side, their output printed whole as each ends. Stops at the first step that fails (the
// other side of a pair is let finish), and ends with the time each step took.
//
// Why side by side: on 2 cores, Vitest's slow files wait on the child-process builds they start, and
// the reproducible builds are one process each; together they fill the two cores that each leaves
// half idle. The reproducible builds use caches of their own (scripts/check-reproducible.ts) and the
// Vitest builds run in project copies (tests/helpers/project-copy.ts), so none writes another's files.
import { spawn } from 'node:child_process';

type Step = string | string[];
const STEPS: Step[] = ['check', 'build', 'build:fixture', ['test:unit', 'check:built'], 'test:e2e'];

interface Done {
  script: string;
  code: number;
  seconds: number;
}

/** Runs `npm run <script>`; with `buffered`, keeps its output and prints it when it ends. */
function npmRun(script: string, buffered: boolean): Promise<Done> {
  const start = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', script], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - start) / 1000;
      if (buffered) process.stdout.write(`\n──── npm run ${script} (ran beside another step; ${seconds.toFixed(0)} s) ────\n${Buffer.concat(chunks).toString()}`);
      done({ script, code: code ?? (signal ? 1 : 0), seconds });
    });
  });
}

const times: Done[] = [];
const start = performance.now();
let failed: Done | undefined;
for (const step of STEPS) {
  const results = Array.isArray(step) ? await Promise.all(step.map((s) => npmRun(s, true))) : [await npmRun(step, false)];
  times.push(...results);
  failed = results.find((r) => r.code !== 0);
  if (failed) break;
}
const total = (performance.now() - start) / 1000;
const parts = times.map((t) => `${t.script} ${t.seconds.toFixed(0)} s`).join(', ');
const pairs = STEPS.filter((s) => Array.isArray(s)).map((s) => s.join(' and ')).join('; ');
console.log(`\nnpm test: ${failed ? `npm run ${failed.script} failed` : 'passed'} in ${total.toFixed(0)} s (${parts}; ${pairs} side by side)`);
process.exit(failed ? 1 : 0);
