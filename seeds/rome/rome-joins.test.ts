import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load-dataset.js';
import { parseRome } from './parse-rome.js';
import { readRomeFolder } from './read-rome.js';
import { checkRomeJoins, readRomeJoins } from './rome-joins.js';

const RELEASE = path.resolve(import.meta.dirname, '../../../shared/datasets/rome-v460');

describe('the reviewed joins to ROME (seeds/rome-joins.yaml)', () => {
  it.runIf(existsSync(RELEASE))(
    'name study roles and skills and v460 fiches and items, once each',
    () => {
      const read = readRomeFolder(RELEASE);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      const release = parseRome(read.texts);
      if (!release.ok) throw new Error(JSON.stringify(release.errors));
      const dataset = loadDataset();
      if (!dataset.ok) throw new Error('dataset');
      const ids = (label: string) =>
        new Set(dataset.graph.nodes.filter((n) => n.label === label).map((n) => n.props.id));
      const joins = readRomeJoins();
      if (!joins.ok) throw new Error(JSON.stringify(joins.errors));
      const study = { roles: ids('Role'), skills: ids('Skill') };
      expect(checkRomeJoins(joins.joins, study, release.graph)).toEqual([]);
      expect(joins.joins.roles.map((j) => `${j.role}>${j.fiche}`)).toContain(
        'secretaire-medicale>M1609',
      );
      // A wrong code is caught.
      const wrong = { ...joins.joins, roles: [{ ...joins.joins.roles[0]!, fiche: 'M9999' }] };
      expect(checkRomeJoins(wrong, study, release.graph)).toEqual([
        { where: 'rome-joins.yaml: roles.0', message: 'no ROME fiche « M9999 »' },
      ]);
      // TIM bears an appellation of the DIM doctor's fiche without being its job: never both.
      const tim = joins.joins.appellations.find(
        (j) => j.role === 'technicien-information-medicale',
      );
      expect(tim).toMatchObject({ fiche: 'M1617', code: '38903' });
      expect(joins.joins.roles.map((j) => j.role)).not.toContain('technicien-information-medicale');
      const misnamed = {
        ...joins.joins,
        appellations: [
          { ...tim!, appellation: 'Technicien / Technicienne de la documentation' },
          { ...tim!, role: 'secretaire-medicale' },
        ],
      };
      expect(checkRomeJoins(misnamed, study, release.graph)).toEqual([
        {
          where: 'rome-joins.yaml: appellations.0',
          message:
            'fiche M1617 has no appellation « Technicien / Technicienne de la documentation »',
        },
        {
          where: 'rome-joins.yaml: appellations.1',
          message: 'role secretaire-medicale joined twice',
        },
      ]);
    },
  );
});
