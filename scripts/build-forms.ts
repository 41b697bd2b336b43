// npm run forms:build — compiles every forms/*.xlsx into the canonical JSON beside it (forms/<name>.json), which
// shared/domain/templates/registry.ts imports as the built-in forms. The XLSX is the source; the JSON is generated.
// `--check` writes nothing and fails when a JSON is missing or differs from its XLSX (CI, before a commit).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorText } from '../shared/errors';
import { templateHash } from '../shared/domain/templates';
import { readFormFile } from '../electron/services/forms/read-form-file';

const formsDir = resolve(fileURLToPath(new URL('..', import.meta.url)), 'forms');
const checkOnly = process.argv.includes('--check');

let failed = false;
for (const file of readdirSync(formsDir)
  .filter((name) => name.endsWith('.xlsx'))
  .sort()) {
  const { template, problems } = await readFormFile(join(formsDir, file));
  for (const p of problems) {
    const where = [p.sheet, p.row, p.column?.header].filter((part) => part !== undefined).join(' / ');
    console.error(`${file}: ${p.severity} [${p.code}] ${where} ${errorText(p.code, p.params)}`);
  }
  if (!template) {
    failed = true;
    continue;
  }
  const jsonPath = join(formsDir, `${basename(file, '.xlsx')}.json`);
  const text = `${JSON.stringify(template, null, 2)}\n`;
  let current: string | null = null;
  try {
    current = readFileSync(jsonPath, 'utf8');
  } catch {
    current = null;
  }
  if (current === text) {
    console.log(`${file}: unchanged  ${templateHash(template)}`);
  } else if (checkOnly) {
    console.error(`${file}: ${basename(jsonPath)} is out of date — run npm run forms:build`);
    failed = true;
  } else {
    writeFileSync(jsonPath, text);
    console.log(`${file}: wrote ${basename(jsonPath)}  ${templateHash(template)}`);
  }
}
process.exitCode = failed ? 1 : 0;
