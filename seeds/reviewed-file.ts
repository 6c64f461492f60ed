import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/** A reviewed data file that breaks a rule: where (« funding-schemes.yaml: schemes.0.law ») and why. */
export class ReviewedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly { where: string; message: string }[],
  ) {
    super(`${file} is not valid:\n${problems.map((p) => `- ${p.where}: ${p.message}`).join('\n')}`);
    this.name = 'ReviewedFileError';
  }
}

/**
 * Reads a reviewed YAML file (funding schemes, positioning statements) through its schema, and
 * refuses an entry of `list` whose `key` was met before. Every problem names the file and the path.
 */
export function readReviewedFile<
  T extends Record<K, readonly Record<I, unknown>[]>,
  K extends string,
  I extends string,
>(file: string, schema: z.ZodType<T>, unique: { list: K; key: I }): T {
  const name = path.basename(file);
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new ReviewedFileError(
      name,
      parsed.error.issues.map((issue) => ({
        where: `${name}: ${issue.path.join('.')}`,
        message: issue.message,
      })),
    );
  const seen = new Set<unknown>();
  const twice = parsed.data[unique.list].flatMap((entry, i) => {
    const value = entry[unique.key];
    const again = seen.has(value);
    seen.add(value);
    return again
      ? [
          {
            where: `${name}: ${unique.list}.${i}.${unique.key}`,
            message: `« ${String(value)} » is listed twice`,
          },
        ]
      : [];
  });
  if (twice.length > 0) throw new ReviewedFileError(name, twice);
  return parsed.data;
}
