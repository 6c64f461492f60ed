import { isDerivedSource } from '../model/labels.js';

const DOCUMENTS: Record<string, string> = {
  '000_3c4ce5580e3f1980.txt': 'Étude prospective ANFH Normandie (2024)',
  '004_14c123c911b5af26.txt': 'Article sur les formations locales',
  'target-roles.md': 'Fiches métiers officielles (répertoire)',
};

/**
 * The reference file on the official sheets (target-roles.md) is written in English; its section
 * names are said in French on screen (the citation in the data keeps the file's own words).
 */
const LOCATOR_FR: readonly [english: string, french: string][] = [
  ['Posts in a DAC', 'Postes en dispositif d’appui à la coordination (DAC)'],
  [
    'External codes: AMA statutory corps entered by concours',
    'Codes externes : corps des AMA, accès par concours',
  ],
  ['External codes known for these roles', 'Codes externes connus de ces métiers'],
  [
    '40F30: ARMs belong to the AMA corps since 2011',
    '40F30 : les ARM relèvent du corps des AMA depuis 2011',
  ],
  ['(branch assistance de régulation médicale)', '(branche assistance de régulation médicale)'],
  [
    'How the official répertoire defines a passerelle',
    'Définition d’une passerelle dans le répertoire',
  ],
  [' missions', ' : missions'],
];

export const frenchLocator = (locator: string): string =>
  LOCATOR_FR.reduce((text, [english, french]) => text.replace(english, french), locator);

/** A fact's source in words: the document and the section or question, or the derivation. */
export function describeSource(source: string): { derived: boolean; text: string } {
  if (isDerivedSource(source))
    return { derived: true, text: source.slice('derived:'.length).trim() };
  const [document = '', locator = ''] = source.split('#', 2);
  const name = DOCUMENTS[document] ?? document;
  // A ROME source names its file itself: « France Travail — ROME 4.0 v460 (…), <file> ».
  return { derived: false, text: locator ? `${name} — ${frenchLocator(locator)}` : name };
}

export function SourceRef({ source }: { source: string }) {
  const { derived, text } = describeSource(source);
  return (
    <span class={derived ? 'source source-derived' : 'source'}>
      <span class="source-tag">{derived ? 'Déduit' : 'Source'}</span> {text}
    </span>
  );
}
