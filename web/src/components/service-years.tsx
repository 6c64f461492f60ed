import { useState } from 'preact/hooks';
import { parseYears, yearsText } from '../model/service-years.js';
import { loadServiceYears, saveServiceYears } from '../state/profile-store.js';

/** Her years of public service, kept in this browser only (like her levels and diplomas). */
export function useServiceYears() {
  const [years, setYears] = useState<number | null>(() => loadServiceYears());
  const set = (next: number | null) => {
    setYears(next);
    saveServiceYears(next);
  };
  return { years, set };
}

interface Props {
  years: number | null;
  onChange: (years: number | null) => void;
}

/**
 * « Mes années de service public »: typed as people write them (« 2,5 », « 4 ans »), read when
 * the field is left or Entrée pressed, never on each key; a wrong entry says what to type and
 * keeps the years already known.
 */
export function ServiceYearsField({ years, onChange }: Props) {
  const [typed, setTyped] = useState<{ text: string; for: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // What she typed stays while it differs from what is kept; « Oublier » empties both.
  const text = typed && typed.for === years ? typed.text : yearsText(years);
  return (
    <div class="service-years">
      <label for="service-years">Mes années de service public (facultatif)</label>
      <input
        id="service-years"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        size={6}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'service-years-hint service-years-error' : 'service-years-hint'}
        onInput={(e) => {
          setTyped({ text: e.currentTarget.value, for: years });
        }}
        onChange={(e) => {
          const read = parseYears(e.currentTarget.value);
          if (!read.ok) {
            setError(read.message);
            return;
          }
          setError(null);
          setTyped(null);
          if (read.years !== years) onChange(read.years);
        }}
      />
      <small id="service-years-hint" class="hint">
        {' '}
        Pour savoir qui peut financer chaque étape : certains dispositifs demandent des années de
        service. Reste dans ce navigateur, envoyé seulement avec vos recherches.
      </small>
      {error && (
        <p id="service-years-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
