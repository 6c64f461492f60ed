import { describe, expect, it } from 'vitest';
import type { Statement } from '../api/types.js';
import {
  agreementParts,
  agreementText,
  figureText,
  figuresByTopic,
  statementsByTheme,
} from './profession.js';

const statement = (number: number, theme: string, stance: Statement['stance']): Statement => ({
  id: `q${number}`,
  number,
  theme,
  text: `énoncé ${number}`,
  disagreePercent: 10,
  agreePercent: 80,
  neutralPercent: null,
  stance,
  stanceSource: null,
  source: 's',
  bearsOn: [],
});

describe('figures', () => {
  it('writes shares, ranks and ages the French way', () => {
    expect(figureText({ value: 51.69, unit: 'PERCENT' })).toBe('51,69\u00a0%');
    expect(figureText({ value: 4, unit: 'RANK' })).toBe('4e');
    expect(figureText({ value: 1, unit: 'RANK' })).toBe('1er');
    expect(figureText({ value: 46.1, unit: 'YEARS' })).toBe('46,1\u00a0ans');
  });

  it('groups figures by topic in the order they come, not alphabetically', () => {
    const figures = [{ topic: 'Statut' }, { topic: 'Âge' }, { topic: 'Statut' }];
    expect(figuresByTopic(figures).map((g) => [g.topic, g.figures.length])).toEqual([
      ['Statut', 2],
      ['Âge', 1],
    ]);
  });
});

describe('agreement', () => {
  it('fills the bar to 100 and names the neutral share only where the study gives it', () => {
    expect(agreementParts({ disagreePercent: 4, agreePercent: 76, neutralPercent: null })).toEqual({
      disagree: 4,
      middle: 20,
      agree: 76,
    });
    expect(agreementText({ disagreePercent: 4, agreePercent: 76, neutralPercent: null })).toBe(
      'désaccord 4\u00a0% · accord 76\u00a0%',
    );
    expect(agreementText({ disagreePercent: 5, agreePercent: 83, neutralPercent: 12 })).toBe(
      'désaccord 5\u00a0% · neutre 12\u00a0% · accord 83\u00a0%',
    );
  });

  it('groups statements by theme in the themes’ order and keeps a stance when asked', () => {
    const statements = [
      statement(57, 'T4', 'AGREE'),
      statement(1, 'T1', 'DISAGREE'),
      statement(2, 'T1', 'AGREE'),
    ];
    const themes = [{ title: 'T1' }, { title: 'T2' }, { title: 'T4' }];
    expect(
      statementsByTheme(statements, themes, 'ALL').map((g) => [
        g.theme,
        g.statements.map((s) => s.number),
      ]),
    ).toEqual([
      ['T1', [1, 2]],
      ['T4', [57]],
    ]);
    expect(statementsByTheme(statements, themes, 'DISAGREE').map((g) => g.theme)).toEqual(['T1']);
  });
});
