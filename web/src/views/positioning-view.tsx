import { useState } from 'preact/hooks';
import { graphql } from '../api/client.js';
import { POSITIONING } from '../api/queries.js';
import type {
  Level,
  PositioningItem as Item,
  PositioningStatement as Statement,
  RoleSummary,
} from '../api/types.js';
import { Sigles } from '../components/acronyms.js';
import { LevelTag } from '../components/level-tag.js';
import { RolePicker } from '../components/role-picker.js';
import { SourceRef } from '../components/source-ref.js';
import { ErrorState, Loading } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import { localDay } from '../model/french.js';
import { evidenceText, LEVEL_LABEL, LEVELS } from '../model/labels.js';
import {
  ANSWER_LABEL,
  ANSWERS,
  askedStatements,
  placement,
  positionedLevels,
  type Answer,
  type Answers,
  type Placement,
} from '../model/positioning.js';
import {
  loadAnswers,
  loadProfile,
  saveAnswers,
  saveProfile,
  withPositionedLevels,
} from '../state/profile-store.js';
import type { ViewState } from '../state/url-state.js';

interface Props {
  roles: readonly RoleSummary[] | null;
  state: ViewState;
  navigate: (patch: Partial<ViewState>) => void;
}

/** Her answers for the job she chose, kept in this browser as she gives them. */
function useAnswers(roleId: string | null) {
  const [answers, setAnswers] = useState<Answers>(() => (roleId ? loadAnswers(roleId) : {}));
  const [owner, setOwner] = useState(roleId);
  if (owner !== roleId) {
    setOwner(roleId);
    setAnswers(roleId ? loadAnswers(roleId) : {});
  }
  const change = (next: Answers) => {
    setAnswers(next);
    if (roleId) saveAnswers(roleId, next);
  };
  return { answers, change };
}

const rank = (level: Level | null) => (level ? LEVELS.indexOf(level) + 1 : 0);

/** What her answers give for a skill, in a sentence. */
function placementText(placed: Placement, roleLevel: Level): string {
  if (!placed.done) return 'Répondez aux énoncés pour obtenir votre niveau.';
  const held = placed.level ? `connaissances ${LEVEL_LABEL[placed.level]}` : 'aucun';
  const versus =
    rank(placed.level) < rank(roleLevel)
      ? ' — en dessous du niveau du métier'
      : rank(placed.level) > rank(roleLevel)
        ? ' — au-dessus du niveau du métier'
        : ' — le niveau du métier';
  const towards = placed.towards
    ? ` ; en chemin vers les connaissances ${LEVEL_LABEL[placed.towards]}`
    : '';
  return `Niveau retenu : ${held}${versus}${towards}.`;
}

function StatementQuestion({
  statement,
  answer,
  onAnswer,
}: {
  statement: Statement;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
}) {
  return (
    <fieldset class="statement">
      <legend>
        {statement.text}{' '}
        <span class="statement-level">
          (énoncé du niveau « connaissances {LEVEL_LABEL[statement.level]} »)
        </span>
      </legend>
      <div class="answers">
        {ANSWERS.map((a) => (
          <label key={a}>
            <input
              type="radio"
              name={statement.id}
              value={a}
              checked={answer === a}
              onChange={() => {
                onAnswer(a);
              }}
            />{' '}
            {ANSWER_LABEL[a]}
          </label>
        ))}
      </div>
      <SourceRef source={statement.source} />
    </fieldset>
  );
}

function SkillQuestions({
  item,
  answers,
  onAnswer,
}: {
  item: Item;
  answers: Answers;
  onAnswer: (statementId: string, answer: Answer) => void;
}) {
  const placed = placement(item.statements, answers);
  return (
    <fieldset class="positioning-skill" data-skill={item.skill.id}>
      <legend>
        <Sigles text={item.skill.label} />
      </legend>
      <p class="hint">
        Niveau demandé dans ce métier : connaissances{' '}
        <LevelTag level={item.roleLevel} levelSource={item.roleLevelSource} />
      </p>
      {askedStatements(item.statements, answers).map((s) => (
        <StatementQuestion
          key={s.id}
          statement={s}
          answer={answers[s.id]}
          onAnswer={(a) => {
            onAnswer(s.id, a);
          }}
        />
      ))}
      <p class={placed.done ? 'placement placement-done' : 'placement'} aria-live="polite">
        {placementText(placed, item.roleLevel)}
      </p>
    </fieldset>
  );
}

/**
 * « Me positionner »: a short self-assessment of the job she holds. Each skill asks its general
 * statements first and the next level only once she does the lower one alone; her answers give a
 * level (model/positioning.ts), which she keeps as hers, declared, in this browser only.
 */
export function PositioningView({ roles, state, navigate }: Props) {
  const roleId = state.from;
  const items = useAsync(roleId ? { roleId } : null, (request, signal) =>
    graphql(POSITIONING, request, signal).then((d) => d.positioning),
  );
  const { answers, change } = useAnswers(roleId);
  const [saved, setSaved] = useState<{ count: number; day: string } | null>(null);

  const list = items.state.status === 'ready' ? items.state.data : [];
  const asked = list.filter((i) => i.statements.length > 0);
  const unasked = list.filter((i) => i.statements.length === 0);
  const levels = positionedLevels(
    asked.map((i) => ({ skillId: i.skill.id, statements: i.statements })),
    answers,
  );
  const placedCount = Object.keys(levels).length;

  const save = () => {
    if (!roleId) return;
    const stored = loadProfile();
    const own = stored?.roleId === roleId ? stored : { levels: {} };
    const day = localDay();
    saveProfile({ roleId, ...withPositionedLevels(own, levels, day) });
    setSaved({ count: placedCount, day });
  };

  return (
    <section class="positioning" aria-labelledby="positioning-title">
      <h2 id="positioning-title">Me positionner</h2>
      <p>
        Pour chaque compétence de votre métier, dites ce que vous faites aujourd'hui : « je le fais
        seule », « avec de l'aide » ou « jamais ». Le niveau suivant n'est demandé que si vous
        faites seule tout ce que demande le précédent. Vos réponses restent dans ce navigateur ; les
        niveaux obtenus sont <strong>déclarés</strong> par vous : votre encadrement peut les
        valider, par exemple à l'entretien professionnel.
      </p>
      <RolePicker
        id="positioning-role"
        label="Mon métier actuel"
        roles={roles}
        value={roleId}
        onChange={(id) => {
          setSaved(null);
          navigate({ from: id });
        }}
      />
      {!roleId && <p class="hint">Choisissez votre métier actuel pour commencer.</p>}
      {items.state.status === 'loading' && <Loading label="Chargement des questions…" />}
      {items.state.status === 'error' && (
        <ErrorState error={items.state.error} retry={items.retry} />
      )}
      {items.state.status === 'ready' && (
        <>
          <p class="positioning-progress" aria-live="polite">
            {placedCount} compétence{placedCount > 1 ? 's' : ''} sur {asked.length} positionnée
            {placedCount > 1 ? 's' : ''}.
          </p>
          {asked.map((item) => (
            <SkillQuestions
              key={item.skill.id}
              item={item}
              answers={answers}
              onAnswer={(id, a) => {
                setSaved(null);
                change({ ...answers, [id]: a });
              }}
            />
          ))}
          {unasked.length > 0 && (
            <p class="hint positioning-unasked">
              Pas encore d'énoncés pour {unasked.map((i) => i.skill.label).join(' ; ')} : elles
              gardent le niveau du métier, que vous pouvez ajuster dans « Mon parcours ».
            </p>
          )}
          <div class="positioning-actions">
            <button type="button" onClick={save} disabled={placedCount === 0}>
              Enregistrer mes niveaux (déclarés)
            </button>
            <button
              type="button"
              onClick={() => {
                setSaved(null);
                change({});
              }}
              disabled={Object.keys(answers).length === 0}
            >
              Effacer mes réponses
            </button>
          </div>
          {saved && (
            <div class="positioning-saved" role="status">
              <p>
                {saved.count} niveau{saved.count > 1 ? 'x' : ''} enregistré
                {saved.count > 1 ? 's' : ''} dans ce navigateur (
                {evidenceText('DECLARED', saved.day)}
                ). Les autres compétences gardent le niveau que vous aviez.
              </p>
              <button
                type="button"
                onClick={() => {
                  navigate({ view: 'parcours' });
                }}
              >
                Voir mes parcours avec ces niveaux
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
