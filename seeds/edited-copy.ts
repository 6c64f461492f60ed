import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A copy of a reviewed file, edited, under the same name in a fresh directory: how the tests of
 * the reviewed files break one rule at a time and read the error the file's reader gives.
 */
export function editedCopy(file: string, edit: (text: string) => string): string {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'reviewed-')), path.basename(file));
  writeFileSync(copy, edit(readFileSync(file, 'utf8')));
  return copy;
}
