import { resolve } from 'node:path';

/** The project's root folder (the working copy the tests run in). */
export const ROOT = resolve(import.meta.dirname, '../..');
