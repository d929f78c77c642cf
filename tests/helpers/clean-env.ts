/**
 * The environment for a child `astro build`/`astro dev` started from a test: without the variables
 * Vitest sets (MODE=test, DEV=1, PROD, SSR, NODE_ENV=test…), which Astro would read through
 * `import.meta.env` and so build a different site (e.g. with drafts), and without CONTENT_DIR.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV|TEST|VITEST.*|CONTENT_DIR)$/.test(key)) delete env[key];
  }
  return env;
}
