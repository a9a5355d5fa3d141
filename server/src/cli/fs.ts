/** File writes of the CLI: atomic (temp file + rename), keeping the file's mode and following symlinks. */
import { randomBytes } from 'node:crypto';
import { realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes `data` to `file` through a temporary sibling and a rename, so readers never see half a file. */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = realpathSync(file);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // A new file: write it where asked.
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}

/** True when decoding `raw` as UTF-8 and encoding it back gives the same bytes (safe to rewrite). */
export function roundTripsAsUtf8(raw: Buffer, text: string): boolean {
  return Buffer.from(text, 'utf8').equals(raw);
}
