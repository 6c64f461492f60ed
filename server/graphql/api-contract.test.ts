import {
  ACCOUNT_ROLES,
  TRAINING_MODALITIES,
  workbenchLabelsAreApart,
} from '../../schema/workbench.js';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_KINDS,
  CONDITION_KINDS,
  LEVELS,
  MOVE_DISTANCES,
  MOVE_KINDS,
  PATH_FAMILIES,
  ROLE_KINDS,
  SECTORS,
  SKILL_KINDS,
} from '../../schema/common.js';

import { typeDefs } from './sdl.js';

const api = buildSchema(typeDefs);

const valuesOf = (name: string): string[] => {
  const type = api.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the SDL`);
  return type.getValues().map((value) => value.name);
};

/**
 * The data model (zod, schema/common.ts) and the API contract (the SDL) name the same
 * values: a value added to one and not the other fails here, not as a masked error at run time.
 */
describe('the SDL enums and the data model', () => {
  it.each([
    ['Level', LEVELS],
    ['PathFamily', PATH_FAMILIES],
    ['SkillKind', SKILL_KINDS],
    ['MoveKind', MOVE_KINDS],
    ['MoveDistance', MOVE_DISTANCES],
    ['RoleKind', ROLE_KINDS],
    ['Sector', SECTORS],
    ['ConditionKind', CONDITION_KINDS],
    ['BlockKind', BLOCK_KINDS],
    ['AccountRole', ACCOUNT_ROLES],
    ['TrainingModality', TRAINING_MODALITIES],
  ] as const)('%s has the same values in both', (name, model) => {
    expect(valuesOf(name)).toEqual([...model]);
  });
});

describe('the workbench and the dataset', () => {
  it('never share a label: the seed reconciliation (scoped to NODE_LABELS) cannot touch drafts or accounts', () => {
    expect(workbenchLabelsAreApart()).toBe(true);
  });
});
