/**
 * Share images drawn beside the build's main thread. Drawing a card (satori's layout, resvg's
 * raster and PNG encoding: src/build/og.ts) was a fifth of the build's time at 100 explainers, all of
 * it on the one thread Astro renders every page with. Here each card is drawn by one of two worker
 * threads (one per core, at most two), and the route asks for the next cards while it waits for
 * this one, so on a machine with two cores they are drawn two at a time. The bytes are ogPng's.
 * Outside a production build (astro dev), and for the first card of a build, a card is drawn on the
 * calling thread.
 *
 * Drawn ahead: Astro renders the share images after the embeds and before the explainer pages, one
 * route at a time, so the workers would idle while the main thread renders every other page and the
 * main thread would wait while they draw. The route hands over, as soon as its paths are known, the
 * cards this build will render (`drawAhead`: those whose cache key the last build did not have), and
 * the workers draw them beside the other routes, each into a scratch file until its page asks for it.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism, tmpdir } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ogPng, type OgCard } from './og.ts';

/** The worker's entry, run by Node from the project's sources (the page bundle does not hold it). */
const WORKER_FILE = () => join(process.cwd(), 'src/build/og-worker.ts');
/** Two, or one per core when there are fewer; KIT_OG_WORKERS=0 draws every card on the calling thread. */
const WORKERS = /^\d+$/.test(process.env.KIT_OG_WORKERS ?? '') ? Number(process.env.KIT_OG_WORKERS) : Math.max(1, Math.min(2, availableParallelism()));

interface Job {
  id: number;
  card: OgCard;
  /** Where the worker writes the PNG (a card drawn ahead); without it, the PNG's bytes come back. */
  file?: string;
  done: (png: Uint8Array | string) => void;
  fail: (error: Error) => void;
}

class Pool {
  private idle: Worker[] = [];
  private busy = new Map<Worker, Job>();
  private queue: Job[] = [];
  private size = 0;
  private next = 0;

  draw(card: OgCard, file?: string): Promise<Uint8Array | string> {
    return new Promise((done, fail) => {
      this.queue.push({ id: this.next++, card, file, done, fail });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_FILE());
    this.size++;
    worker.on('message', (m: { id: number; png?: Uint8Array; file?: string; error?: string }) => {
      const job = this.busy.get(worker)!;
      this.busy.delete(worker);
      if (m.png ?? m.file) job.done((m.png ?? m.file)!);
      else job.fail(new Error(`share image: ${m.error}`));
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (error) => {
      this.busy.get(worker)?.fail(error);
      this.busy.delete(worker);
      this.idle = this.idle.filter((w) => w !== worker);
      this.size--;
      this.pump();
    });
    return worker;
  }

  /** Gives queued cards to idle workers; a worker with nothing to draw does not keep the process alive. */
  private pump(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.size < WORKERS ? this.spawn() : undefined);
      if (!worker) break;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, card: job.card, file: job.file });
    }
    for (const w of this.idle) w.unref();
  }
}

let pool: Pool | undefined;
let asked = 0;
const started = new Map<string, Promise<Uint8Array | string>>();
const positions = new WeakMap<readonly string[], Map<string, number>>();
let scratch: string | undefined;
let scratchFiles = 0;

/** Whether cards are drawn on workers: a production build with the worker's file, and workers allowed. */
const pooled = () => import.meta.env.PROD && WORKERS > 0 && existsSync(WORKER_FILE());

/** The PNG's bytes, read (and its scratch file removed) when a worker wrote it to a file. */
async function bytesOf(png: Promise<Uint8Array | string>): Promise<Uint8Array> {
  const out = await png;
  if (typeof out !== 'string') return out;
  const bytes = readFileSync(out);
  unlinkSync(out);
  return bytes;
}

/**
 * Starts drawing, on the workers, the cards this build will render (`keys`, in the order the route
 * renders them), each into a scratch file. Fewer cards than workers (an edit) are left to
 * ogPngInOrder: starting a worker costs more than drawing one card.
 */
export function drawAhead(keys: readonly string[], cardOf: (key: string) => OgCard): void {
  if (!pooled() || keys.length <= WORKERS) return;
  pool ??= new Pool();
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'kit-og-'));
    const dir = scratch;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  for (const key of keys) {
    if (started.has(key)) continue;
    const png = pool.draw(cardOf(key), join(scratch, `${scratchFiles++}.png`));
    png.catch(() => {});
    started.set(key, png);
  }
  asked++; // the workers are running: a card asked for later is theirs too
}

/**
 * The PNG of `cards[key]`, and the next cards of `order` started, as many as there are workers: a
 * build renders a route's pages in the order its getStaticPaths gave them. A card started but never
 * asked for (a page copied from the incremental cache) is drawn for nothing, never shown.
 */
export function ogPngInOrder(order: readonly string[], cardOf: (key: string) => OgCard, key: string): Promise<Uint8Array> {
  const ahead = started.get(key);
  if (ahead) {
    started.delete(key);
    return bytesOf(ahead);
  }
  // A build that draws one card (one explainer edited) draws it here: starting a worker costs more.
  if (!pooled() || asked++ === 0) return ogPng(cardOf(key));
  pool ??= new Pool();
  let index = positions.get(order);
  if (!index) positions.set(order, (index = new Map(order.map((k, i) => [k, i]))));
  const at = index.get(key);
  for (const k of [key, ...(at === undefined ? [] : order.slice(at + 1, at + 1 + WORKERS))]) {
    if (started.has(k)) continue;
    const png = pool.draw(cardOf(k));
    // A card started ahead and never asked for must not fail the build; one asked for fails its page.
    png.catch(() => {});
    started.set(k, png);
  }
  const png = started.get(key)!;
  started.delete(key);
  return bytesOf(png);
}
