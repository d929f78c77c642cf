/**
 * A worker thread of src/build/og-pool.ts: draws the share cards it is sent (src/build/og.ts, the same
 * function the build's main thread would call) and sends each PNG back (or writes it to the file it
 * is given, for a card drawn ahead), or the error's text.
 */
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ogPng, type OgCard } from './og.ts';

parentPort!.on('message', async ({ id, card, file }: { id: number; card: OgCard; file?: string }) => {
  try {
    const png = await ogPng(card);
    // A card drawn ahead waits in a file for its page, not in the build's memory (70 KB each).
    if (file) {
      writeFileSync(file, png);
      parentPort!.postMessage({ id, file });
    } else parentPort!.postMessage({ id, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
