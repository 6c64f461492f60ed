import type { LegalReference } from './legal-citation.js';

/**
 * The hospital's entretien professionnel (FPH): the themes of its compte rendu where a person's
 * project belongs, with the text that defines them. Reviewed on 7 December 2026; see reviewNote.
 */
export const ENTRETIEN_LAW: LegalReference = {
  text: "Décret n° 2020-719 du 12 juin 2020 relatif aux conditions générales de l'appréciation de la valeur professionnelle des fonctionnaires de la fonction publique hospitalière",
  article: 'art. 3',
  says: "l'entretien professionnel annuel porte notamment sur les acquis de l'expérience professionnelle, les besoins de formation eu égard aux compétences à acquérir et au projet professionnel, et les perspectives d'évolution professionnelle (missions, affectation, mobilité, promotion) ; le supérieur s'assure que l'agent connaît les règles d'utilisation de son compte personnel de formation",
  checked: '2026-12-07',
};

export const ENTRETIEN_REVIEW_NOTE =
  "Les thèmes sont ceux que résument Centre Inffo (19 juin 2020) et l'ANFH à la parution du décret ; la revue n'a pas lu l'article lui-même et n'en a pas confirmé le numéro. L'entretien professionnel ne remplace pas l'entretien de formation du décret n° 2008-824 du 21 août 2008.";

/** The compte rendu's themes a project fills, in the order of the entretien. */
export const ENTRETIEN_SECTIONS = [
  { id: 'acquis', title: "Acquis de l'expérience professionnelle" },
  { id: 'formation', title: 'Besoins de formation' },
  { id: 'evolution', title: "Perspectives d'évolution professionnelle" },
  { id: 'cpf', title: 'Compte personnel de formation' },
] as const;
export type EntretienSection = (typeof ENTRETIEN_SECTIONS)[number]['id'];
