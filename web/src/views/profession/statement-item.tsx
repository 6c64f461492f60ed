import { Sigles } from '../../components/acronyms.js';
import type { Statement } from '../../api/types.js';
import { AgreementBar } from '../../components/agreement-bar.js';
import { SourceRef } from '../../components/source-ref.js';
import { NODE_KIND_LABEL } from '../../model/graph-labels.js';
import { STANCE_LABEL } from '../../model/profession.js';
import { toSearch, type ViewState } from '../../state/url-state.js';

/** One statement: its wording, how respondents answered, what it bears on (links to the explorer). */
export function StatementItem({ statement, state }: { statement: Statement; state: ViewState }) {
  return (
    <li class={`statement stance-${statement.stance.toLowerCase()}`}>
      <p class="statement-text">
        <span class="statement-number">Q{statement.number}.</span> <Sigles text={statement.text} />
      </p>
      <AgreementBar shares={statement} />{' '}
      <span class="stance">
        ({STANCE_LABEL[statement.stance]}
        {statement.stanceSource && ', selon l’étude elle-même'})
      </span>
      {statement.stanceSource && <SourceRef source={statement.stanceSource} />}
      {statement.bearsOn.length > 0 && (
        <p class="statement-targets">
          Porte sur :{' '}
          {statement.bearsOn.map((t, i) => (
            <span key={t.id}>
              {i > 0 && ' ; '}
              <a
                href={toSearch({ ...state, view: 'explorer', focus: `${t.kind}:${t.id}` })}
                title={`${NODE_KIND_LABEL[t.kind] ?? t.kind} — voir dans l’explorateur`}
              >
                <Sigles text={t.name} />
              </a>
            </span>
          ))}
        </p>
      )}
      <SourceRef source={statement.source} />
    </li>
  );
}
