import path from 'node:path';
import {
  prepareRomeImport,
  type ImportInput,
} from '../../server/modules/rome/rome-import-service.js';

/** The four-fiche ROME-format fixture, checked with its own reviewed joins and diplomas. */
export function prepareRomeFixture(): ImportInput {
  const prepared = prepareRomeImport(path.resolve('tests/fixtures/rome-mini'), {
    joinsFile: path.resolve('tests/fixtures/rome-joins-mini.yaml'),
    credentialsFile: path.resolve('tests/fixtures/rome-credentials-mini.yaml'),
  });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  return prepared.input;
}
