/**
 * What people type to find a job, a skill or an activity, the way they say it: articles and
 * elisions, feminine forms, no accents, abbreviations. Each names the node (or one of the nodes)
 * a person means, which must be among the first five hits of the search.
 */
export const EVERYDAY_QUERIES: readonly { typed: string; means: readonly string[] }[] = [
  // Jobs, as their people and HR call them.
  { typed: 'secrétaire médicale', means: ['Role:secretaire-medicale'] },
  { typed: 'secretaire medicale', means: ['Role:secretaire-medicale'] },
  { typed: 'Secrétaire médical', means: ['Role:secretaire-medicale'] },
  { typed: 'la secrétaire médicale', means: ['Role:secretaire-medicale'] },
  { typed: 'AMA', means: ['Role:secretaire-medicale'] },
  { typed: 'ama', means: ['Role:secretaire-medicale'] },
  { typed: 'Assistante médico-administrative', means: ['Role:secretaire-medicale'] },
  { typed: 'assistant medico administratif', means: ['Role:secretaire-medicale'] },
  { typed: 'Aide-soignante', means: ['Role:aide-soignant'] },
  { typed: 'aide soignante', means: ['Role:aide-soignant'] },
  { typed: 'Adjoint administratif', means: ['Role:adjoint-administratif-hospitalier'] },
  { typed: 'Adjointe administrative', means: ['Role:adjoint-administratif-hospitalier'] },
  { typed: 'AAH', means: ['Role:adjoint-administratif-hospitalier'] },
  { typed: 'IDE', means: ['Role:infirmier-diplome-etat'] },
  { typed: 'infirmière', means: ['Role:infirmier-diplome-etat'] },
  { typed: 'infirmiere', means: ['Role:infirmier-diplome-etat'] },
  { typed: 'TIM', means: ['Role:technicien-information-medicale'] },
  {
    typed: "technicienne de l'information médicale",
    means: ['Role:technicien-information-medicale'],
  },
  { typed: 'ARM', means: ['Role:assistant-regulation-medicale'] },
  { typed: 'assistante de régulation médicale', means: ['Role:assistant-regulation-medicale'] },
  { typed: 'DAC', means: ['Role:poste-dac'] },
  { typed: 'responsable des archives', means: ['Role:encadrant-archives'] },
  { typed: 'cadre des secrétariats médicaux', means: ['Role:encadrant-secretariats-medicaux'] },
  {
    typed: 'coordinatrice des secrétariats',
    means: ['Role:coordinatrice-secretariats-medicaux'],
  },
  {
    typed: 'coordination des parcours',
    means: ['Role:coordinateur-parcours-sante', 'Role:ama-coordination-parcours'],
  },
  { typed: 'assistante médicale', means: ['Role:assistante-medicale'] },
  { typed: "chargée d'accueil", means: ['Role:charge-accueil-service-usagers'] },
  { typed: 'tutrice', means: ['Role:tuteur-nouveaux-arrivants'] },
  // Skills and activities, with their articles.
  { typed: 'codage des actes', means: ['Skill:k-codage-actes'] },
  { typed: "l'accueil des patients", means: ['Activity:a-accueil-patients'] },
  { typed: 'le dossier du patient', means: ['Activity:a-dossier-patient'] },
  { typed: 'le secret professionnel', means: ['Skill:sf-secret-professionnel'] },
  { typed: 'vocabulaire medical', means: ['Skill:k-vocabulaire-medical'] },
  { typed: "l'anglais", means: ['Skill:k-anglais-medical'] },
];
