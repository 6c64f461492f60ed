import { describe, expect, it } from 'vitest';
import { planningGraph } from '../../../tests/support/planning-fixtures.js';
import { UserInputError } from '../../domain/errors.js';
import { MAX_TEAM_SIZE, teamGapFor, type TeamGapArgs } from './team-service.js';

const ctx = planningGraph({ start: {}, x: { a: 'GENERAL' } }, [['start', 'x', 'EXPERTISE']]);
const person = (id: string, currentRoleId = 'start') => ({ id, currentRoleId });

function fieldOf(args: TeamGapArgs): string {
  try {
    teamGapFor(ctx, args);
  } catch (error) {
    // The message starts with the field: « team[1].currentRoleId: unknown role id … ».
    if (error instanceof UserInputError) return error.message;
    throw error;
  }
  throw new Error('expected a UserInputError');
}

describe('teamGapFor', () => {
  it('names the member and the field of a bad input', () => {
    expect(fieldOf({ team: [person('p1'), person('p2', 'nope')], target: { roleId: 'x' } })).toBe(
      'team[1].currentRoleId: unknown role id "nope"',
    );
    expect(fieldOf({ team: [person('p1'), person('p1')], target: { roleId: 'x' } })).toMatch(
      /^team\[1\]\.id: .*listed twice/,
    );
  });

  it('wants exactly one target, that exists', () => {
    expect(fieldOf({ team: [person('p1')], target: {} })).toMatch(/^target: .*exactly one/);
    expect(fieldOf({ team: [person('p1')], target: { roleId: 'x', family: 'EXPERTISE' } })).toMatch(
      /^target: /,
    );
    expect(fieldOf({ team: [person('p1')], target: { futureProfileId: 'fp-x' } })).toMatch(
      /^target\.futureProfileId: /,
    );
  });

  it('refuses an empty team and one of more than 500 people', () => {
    expect(fieldOf({ team: [], target: { roleId: 'x' } })).toMatch(/^team: /);
    const crowd = Array.from({ length: MAX_TEAM_SIZE + 1 }, (_, i) => person(`p${i}`));
    expect(fieldOf({ team: crowd, target: { roleId: 'x' } })).toMatch(/^team: .*500/);
  });
});
