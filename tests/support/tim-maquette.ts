/**
 * A complete maquette for TIM, as a designer would save it, shared by the publication tests.
 * A secretary holds « Codage des actes » at the operational level, her job's: bloc 1 is hers,
 * bloc 2 asks what she lacks, bloc 3 mixes both (21 + 70 + 49 = 140 h).
 */
const item = (label: string, skills: [string, string][], hours: number) => ({
  label,
  hours,
  modality: 'PRESENTIEL',
  evaluation: 'Étude de cas sur dossiers réels',
  skills: skills.map(([skillId, level]) => ({ skillId, level })),
});

export const TIM_BLOCS = [
  {
    title: 'Saisir les actes',
    items: [item('Codage des actes', [['k-codage-actes', 'OPERATIONAL']], 21)],
  },
  {
    title: 'Coder le PMSI',
    items: [
      {
        ...item('PMSI et T2A', [['k-pmsi-nomenclatures', 'DEEP']], 70),
        // A designer's working note: not for the public once published.
        notes: 'Intervenant à confirmer avec le DIM',
      },
    ],
  },
  {
    title: 'Contrôler la qualité',
    items: [
      item('Contrôle du codage', [['k-codage-actes', 'GENERAL']], 14),
      item('Analyse des données', [['sf-analyser-donnees', 'OPERATIONAL']], 35),
    ],
  },
];
