import { ReviewedFileError } from '../reviewed-file.js';
import { readRomeCredentials, ROME_CREDENTIALS_FILE } from '../rome/rome-credentials.js';

/** The diplomas of rome-credentials.yaml, by id and label. */
export function knownDiplomas(
  credentialsFile = ROME_CREDENTIALS_FILE,
): { id: string; label: string }[] {
  const credentials = readRomeCredentials(credentialsFile);
  if (!credentials.ok) throw new ReviewedFileError('rome-credentials.yaml', credentials.errors);
  return credentials.credentials.credentials.map(({ id, label }) => ({ id, label }));
}

/** Refuses, naming where, an entry whose `credential` is no diploma of rome-credentials.yaml. */
export function requireKnownDiplomas(
  file: string,
  entries: readonly { credential: string }[],
  diplomas: readonly { id: string }[],
): void {
  const known = new Set(diplomas.map((d) => d.id));
  const unknown = entries.flatMap((d, i) =>
    known.has(d.credential)
      ? []
      : [
          {
            where: `${file}: diplomas.${String(i)}.credential`,
            message: `« ${d.credential} » is no diploma of rome-credentials.yaml`,
          },
        ],
  );
  if (unknown.length > 0) throw new ReviewedFileError(file, unknown);
}
