import { Sigles } from './acronyms.js';
import { useState } from 'preact/hooks';
import type { Diploma } from '../api/types.js';
import { loadDiplomas, saveDiplomas } from '../state/profile-store.js';

/** The diplomas a person says she holds, kept in this browser only (like her skill levels). */
export function useOwnDiplomas() {
  const [ids, setIds] = useState<string[]>(() => loadDiplomas());
  const toggle = (id: string, held: boolean) => {
    const next = held ? [...new Set([...ids, id])] : ids.filter((d) => d !== id);
    setIds(next);
    saveDiplomas(next);
  };
  const forget = () => {
    setIds([]);
    saveDiplomas([]);
  };
  return { ids, toggle, forget };
}

interface Props {
  diplomas: readonly Diploma[];
  held: readonly string[];
  onToggle: (id: string, held: boolean) => void;
}

/** « Mes diplômes »: a regulated health job's diploma opens the jobs it gives access to. */
export function DiplomaChecklist({ diplomas, held, onToggle }: Props) {
  const count = held.filter((id) => diplomas.some((d) => d.id === id)).length;
  return (
    <details class="own-diplomas">
      <summary>
        Mes diplômes de santé (facultatif){count > 0 ? ` — ${String(count)} déclaré(s)` : ''}
      </summary>
      <p class="hint">
        Un diplôme d’un métier réglementé que vous détenez déjà (d’un premier métier, par exemple)
        ouvre les métiers auxquels il donne accès, sans le compter dans la durée. Ces réponses
        restent dans ce navigateur : elles ne sont envoyées qu’avec vos recherches, jamais
        enregistrées sur le serveur ; « Oublier mes données » les efface.
      </p>
      <fieldset>
        <legend>Je détiens :</legend>
        {diplomas.map((d) => (
          <label key={d.id}>
            <input
              type="checkbox"
              checked={held.includes(d.id)}
              onChange={(e) => {
                onToggle(d.id, e.currentTarget.checked);
              }}
            />{' '}
            <Sigles text={d.label} />
          </label>
        ))}
      </fieldset>
    </details>
  );
}
