/**
 * Names of the folders an atomic build keeps beside its output folder: `.<out>.staging-<pid>` while
 * Astro and Pagefind write, `.<out>.previous-<pid>` for the old output during the swap. Hidden, so a
 * host that copies the parent folder never serves them.
 */
export function stagingNames(out: string, pid: number) {
  return { staging: `.${out}.staging-${pid}`, previous: `.${out}.previous-${pid}` };
}

/** Folders of `out` left by builds that are no longer running (killed outright, or power cut). */
export function leftovers(
  entries: string[],
  out: string,
  alive: (pid: number) => boolean = isAlive,
): { name: string; kind: 'staging' | 'previous' }[] {
  const escaped = out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${escaped}\\.(staging|previous)-(\\d+)$`);
  return entries.flatMap((name) => {
    const m = pattern.exec(name);
    return m && !alive(Number(m[2])) ? [{ name, kind: m[1] as 'staging' | 'previous' }] : [];
  });
}

/** Whether a process with this id is running (signal 0 only checks). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
