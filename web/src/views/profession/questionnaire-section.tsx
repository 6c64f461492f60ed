import { Sigles } from '../../components/acronyms.js';
import { useState } from 'preact/hooks';
import type { Profession } from '../../api/types.js';
import { Empty } from '../../components/status.js';
import { STANCE_LABEL, statementsByTheme, type StanceFilter } from '../../model/profession.js';
import type { ViewState } from '../../state/url-state.js';
import { StatementItem } from './statement-item.js';

const FILTERS: { value: StanceFilter; label: string }[] = [
  { value: 'ALL', label: 'Toutes les affirmations' },
  { value: 'AGREE', label: `Seulement : ${STANCE_LABEL.AGREE}` },
  { value: 'DISAGREE', label: `Seulement : ${STANCE_LABEL.DISAGREE}` },
  { value: 'DIVIDED', label: `Seulement : ${STANCE_LABEL.DIVIDED}` },
];

/** What colleagues answered: the 107 statements by theme, with their bars of agreement. */
export function QuestionnaireSection({ data, state }: { data: Profession; state: ViewState }) {
  const [stance, setStance] = useState<StanceFilter>('ALL');
  const groups = statementsByTheme(data.statements, data.questionnaireThemes, stance);
  return (
    <section class="panel questionnaire" aria-labelledby="metier-questionnaire">
      <h3 id="metier-questionnaire">Ce qu’ont répondu les professionnels</h3>
      <p>
        45 professionnels (secrétaires médicales, coordinatrices et encadrantes, médecins, cadres…)
        ont donné leur degré d’accord sur {data.statements.length} affirmations, de 1 (pas du tout
        d’accord) à 5 (tout à fait d’accord). Le désaccord compte les réponses 1 et 2, l’accord les
        réponses 4 et 5 ; le reste de la barre sont les réponses neutres (3), que l’étude ne chiffre
        que pour deux affirmations.
      </p>
      <p class="stance-rule">
        {`Une affirmation est dite « ${STANCE_LABEL.AGREE} » quand la moitié au moins des répondants l’approuve et que l’accord dépasse le désaccord d’au moins 10 points, « ${STANCE_LABEL.DISAGREE} » quand le désaccord dépasse l’accord d’au moins 10 points, et « ${STANCE_LABEL.DIVIDED} » sinon : avec 45 répondants, un écart de moins de 10 points tient à quatre réponses au plus. `}
        Quand l’étude qualifie elle-même les réponses (« avis partagés »), son mot l’emporte, et
        l’affirmation le dit.
      </p>
      <p class="agreement-legend" aria-hidden="true">
        <span class="agreement-bar legend-swatch">
          <span class="agreement-disagree" />
        </span>{' '}
        désaccord{' '}
        <span class="agreement-bar legend-swatch">
          <span class="agreement-middle" />
        </span>{' '}
        neutre{' '}
        <span class="agreement-bar legend-swatch">
          <span class="agreement-agree" />
        </span>{' '}
        accord
      </p>
      <p class="form-row">
        <label for="stance-filter">Afficher</label>{' '}
        <select
          id="stance-filter"
          value={stance}
          onChange={(e) => {
            setStance(e.currentTarget.value as StanceFilter);
          }}
        >
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              <Sigles text={f.label} />
            </option>
          ))}
        </select>
      </p>
      {groups.length === 0 ? (
        <Empty>Aucune affirmation de ce type.</Empty>
      ) : (
        groups.map((group) => (
          <section key={group.theme} class="theme" aria-label={group.theme}>
            <h4>
              <Sigles text={group.theme} /> <small>({group.statements.length})</small>
            </h4>
            <ul class="statements">
              {group.statements.map((s) => (
                <StatementItem key={s.id} statement={s} state={state} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
