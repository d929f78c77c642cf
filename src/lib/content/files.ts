import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const isYaml = (f: string) => /\.ya?ml$/.test(f);

/**
 * The YAML files behind a list collection, in a stable order. `content/actors` means
 * `content/actors.yaml` plus every YAML file in `content/actors/`; with `perExplainer`,
 * `content/events` means `content/events/<explainer>.yaml` only.
 */
export function listFiles(abs: string, perExplainer: boolean): string[] {
  const inDir = existsSync(abs) ? readdirSync(abs).filter(isYaml).sort().map((f) => join(abs, f)) : [];
  if (perExplainer) return inDir;
  const single = [`${abs}.yaml`, `${abs}.yml`].filter((f) => existsSync(f));
  return [...single, ...inDir];
}
