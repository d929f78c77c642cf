// Validates every built page with html-validate (recommended rules, see .htmlvalidate.json for the
// few formatting rules turned off and why). Usage: node scripts/check-html.ts [dist …]
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['dist', 'dist-fixture'].filter((d) => existsSync(d));
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');
let errors = 0;
let pages = 0;
for (const dir of dirs) {
  const files = htmlFiles(dir);
  if (!files.length) {
    console.error(`${dir}: no HTML files: build first`);
    process.exit(1);
  }
  for (const file of files) {
    pages++;
    const report = await validator.validateFile(file);
    if (!report.valid) {
      errors += report.errorCount;
      console.error(text(report.results));
    }
  }
}
console.log(`html-validate: ${pages} pages in ${dirs.join(', ')}, ${errors} errors`);
process.exit(errors ? 1 : 0);
