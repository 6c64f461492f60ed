import { describe, expect, it } from 'vitest';
import { describeSource } from './source-ref.js';

describe('describeSource', () => {
  it('names the document in French, and says the English section names of the reference file in French', () => {
    expect(describeSource('target-roles.md#Posts in a DAC (CSP L.6327-1, L.6327-2)').text).toBe(
      'Fiches métiers officielles (répertoire) — Postes en dispositif d’appui à la coordination (DAC) (CSP L.6327-1, L.6327-2)',
    );
    expect(
      describeSource('target-roles.md#External codes: AMA statutory corps entered by concours')
        .text,
    ).toBe(
      'Fiches métiers officielles (répertoire) — Codes externes : corps des AMA, accès par concours',
    );
    expect(
      describeSource(
        'France Travail — ROME 4.0 v460 (18/09/2025), unix_referentiel_code_rome_v460_utf8.csv',
      ).text,
    ).toBe('France Travail — ROME 4.0 v460 (18/09/2025), unix_referentiel_code_rome_v460_utf8.csv');
    expect(describeSource('derived: une raison assez longue')).toEqual({
      derived: true,
      text: 'une raison assez longue',
    });
  });
});
