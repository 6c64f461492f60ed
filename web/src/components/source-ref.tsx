const DOCUMENTS: Record<string, string> = {
  '000_3c4ce5580e3f1980.txt': 'Étude prospective ANFH Normandie (2024)',
  '004_14c123c911b5af26.txt': 'Article sur les formations locales',
  'target-roles.md': 'Fiches métiers officielles (répertoire)',
};

/** A fact's source in words: the document and the section or question, or the derivation. */
export function describeSource(source: string): { derived: boolean; text: string } {
  if (source.startsWith('derived:'))
    return { derived: true, text: source.slice('derived:'.length).trim() };
  const [document = '', locator = ''] = source.split('#', 2);
  return { derived: false, text: `${DOCUMENTS[document] ?? document} — ${locator}` };
}

export function SourceRef({ source }: { source: string }) {
  const { derived, text } = describeSource(source);
  return (
    <span class={derived ? 'source source-derived' : 'source'}>
      <span class="source-tag">{derived ? 'Déduit' : 'Source'}</span> {text}
    </span>
  );
}
