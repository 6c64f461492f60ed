import { stringify } from 'yaml';
import type { RawFile } from '../../seeds/dataset/load-dataset.js';

const STUDY = '000_3c4ce5580e3f1980.txt';

/** A tiny valid dataset as plain objects, one per file, for tests to break in one place. */
export function tinyDataset() {
  return {
    'skills.yaml': {
      skills: [
        { id: 'k-one', kind: 'KNOWLEDGE', label: 'Connaissance un', source: `${STUDY}#1.1.2` },
        {
          id: 'sf-two',
          kind: 'SAVOIR_FAIRE',
          label: 'Savoir-faire deux',
          source: `${STUDY}#1.1.2`,
        },
      ],
    },
    'roles.yaml': {
      roles: [
        {
          id: 'role-a',
          title: 'Rôle A',
          roleKind: 'CURRENT_JOB',
          sector: 'FPH',
          source: `${STUDY}#1.1.2`,
          requirements: [
            {
              source: `${STUDY}#1.1.2`,
              levelSource: `${STUDY}#1.1.2`,
              skills: { 'k-one': 'OPERATIONAL' } as Record<string, string>,
            },
          ],
        },
        {
          id: 'role-b',
          title: 'Rôle B',
          roleKind: 'PATH_TARGET',
          family: 'EXPERTISE',
          sector: 'FPH',
          source: `${STUDY}#4.2.4.1`,
          requirements: [
            {
              source: 'derived: role B needs both skills',
              levelSource: 'derived: role B needs k-one at the deep level',
              skills: { 'k-one': 'DEEP', 'sf-two': 'GENERAL' } as Record<string, string>,
            },
          ],
        },
      ],
    },
    'moves.yaml': {
      conditions: [
        { id: 'c-exam', kind: 'CONCOURS', label: 'Concours', source: `${STUDY}#4.2.4.1` },
      ],
      moves: [
        {
          id: 'm-a-b',
          from: 'role-a',
          to: 'role-b',
          kind: 'EVOLUTION',
          distance: 'SHORT',
          kindSource: 'derived: the move adds a function to the same job',
          family: 'EXPERTISE',
          conditions: ['c-exam'],
          source: `${STUDY}#4.2.4.1`,
        },
      ],
    },
  };
}

export type TinyDataset = ReturnType<typeof tinyDataset>;

export function asFiles(dataset: Record<string, unknown>): RawFile[] {
  return Object.entries(dataset).map(([file, content]) => ({ file, text: stringify(content) }));
}
