/**
 * A worker thread of src/build/og-pool.ts: draws the share cards it is sent (src/build/og.ts, the same
 * function the build's main thread would call) and sends each PNG back, or the error's text.
 */
import { parentPort } from 'node:worker_threads';
import { ogPng, type OgCard } from './og.ts';

parentPort!.on('message', async ({ id, card }: { id: number; card: OgCard }) => {
  try {
    const png = await ogPng(card);
    parentPort!.postMessage({ id, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
