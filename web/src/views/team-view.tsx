import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { graphql } from '../api/client.js';
import { FUTURE_PROFILES, TEAM_GAP } from '../api/queries.js';
import type { LevelEvidence, PathFamily, RoleSummary, Skill, TargetInput } from '../api/types.js';
import { download } from '../components/download.js';
import { SkillChecklist } from '../components/skill-checklist.js';
import { ErrorState, Loading } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import { FAMILIES, FAMILY_LABEL, LEVEL_EVIDENCE, MIN_EVIDENCE_LABEL } from '../model/labels.js';
import { mergeTeamFiles, readTeamFile, XLSX_TYPE } from '../model/team-file.js';
import type { ImportedMember, ImportProblem, PendingRole } from '../model/team-import.js';
import { templateCsv, toTeamInput } from '../model/team-map.js';
import { validateLevels, withLevel } from '../model/member-levels.js';
import { localDay } from '../model/french.js';
import { templateSheets, toXlsx } from '../model/team-xlsx.js';
import { forgetTeam, loadTeam, saveTeam } from '../state/team-store.js';
import { TeamCertifications, TeamDiplomas } from './team-certifications.js';
import { TeamResults } from './team-results.js';

interface Props {
  roles: RoleSummary[];
  skills: Skill[];
  /** A future profile's id to start with as the target (from the diagnostic's advice). */
  initialProfile?: string | null;
}

type TargetKind = 'role' | 'family' | 'futureProfile';

/** RH : la carte des écarts d'une équipe pour une cible, et la formation à financer. */
export function TeamView({ roles, skills, initialProfile = null }: Props) {
  // Kept on the device only when asked; kept for the browser session anyway (sessionStorage, this
  // tab only), so that Back, another view or « Voir le parcours » do not lose it.
  const stored = useMemo(() => loadTeam(), []);
  const [members, setMembers] = useState<ImportedMember[]>(
    () => stored ?? loadTeam(sessionStorage) ?? [],
  );
  const [keep, setKeep] = useState(stored !== null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  // Rows whose « métier » is not sure: the person chooses, then the same file is read again.
  const [pending, setPending] = useState<{ file: File; rows: PendingRole[] } | null>(null);
  const [choices, setChoices] = useState<Record<number, string>>({});
  const choicesHeading = useRef<HTMLHeadingElement>(null);
  const [openRow, setOpenRow] = useState<number | null>(null);
  const roleById = useMemo(() => new Map(roles.map((r) => [r.id, r])), [roles]);
  // A link from the diagnostic opens the map with a future profile as the target.
  const [kind, setKind] = useState<TargetKind>(initialProfile ? 'futureProfile' : 'role');
  const [value, setValue] = useState(initialProfile ?? '');
  const [asked, setAsked] = useState<{
    target: TargetInput;
    label: string;
    minEvidence: LevelEvidence;
  } | null>(null);
  const [minEvidence, setMinEvidence] = useState<LevelEvidence>('DECLARED');
  const profiles = useAsync('profiles', (_, signal) =>
    graphql(FUTURE_PROFILES, {}, signal).then((d) => d.futureProfiles),
  );

  useEffect(() => {
    saveTeam(members, sessionStorage);
    if (keep) saveTeam(members);
    else forgetTeam();
  }, [keep, members]);

  const request =
    asked && members.length > 0
      ? { team: toTeamInput(members), target: asked.target, minEvidence: asked.minEvidence }
      : null;
  const result = useAsync(request, (variables, signal) =>
    graphql(TEAM_GAP, variables, signal).then((d) => ({
      gap: d.teamGap,
      version: d.datasetVersion,
    })),
  );

  const importFile = async (file: File, chosen: Record<number, string> = {}) => {
    const parsed = await readTeamFile(file, roles, skills, chosen);
    if (parsed.ok) {
      setMembers(parsed.members);
      setProblems([]);
      setPending(null);
    } else {
      setProblems(parsed.problems);
      const rows = parsed.problems.length === 0 ? parsed.pending : [];
      setPending(rows.length > 0 ? { file, rows } : null);
      setChoices(chosen);
      // The person's next task is the choice: focus goes to it.
      if (rows.length > 0) setTimeout(() => choicesHeading.current?.focus(), 0);
    }
  };

  const importFiles = async (files: readonly File[]) => {
    const read = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        result: await readTeamFile(file, roles, skills),
      })),
    );
    const merged = mergeTeamFiles(read);
    setPending(null);
    if (merged.ok) {
      setMembers(merged.members);
      setProblems([]);
    } else setProblems(merged.problems);
  };

  const options: { value: string; label: string }[] =
    kind === 'role'
      ? roles.map((r) => ({ value: r.id, label: r.title }))
      : kind === 'family'
        ? FAMILIES.map((f) => ({ value: f, label: FAMILY_LABEL[f] }))
        : profiles.state.status === 'ready'
          ? profiles.state.data.map((p) => ({ value: p.id, label: p.title }))
          : [];

  const submit = () => {
    const option = options.find((o) => o.value === value);
    if (!option) return;
    const target: TargetInput =
      kind === 'role'
        ? { roleId: value }
        : kind === 'family'
          ? { family: value as PathFamily }
          : { futureProfileId: value };
    setAsked({ target, label: option.label, minEvidence });
  };

  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">Carte des écarts d'une équipe</h2>
      <p class="hint">
        L'équipe reste dans ce navigateur : elle n'est envoyée que le temps du calcul, jamais
        enregistrée ni journalisée par le serveur. Utilisez des identifiants pseudonymes, jamais de
        noms.
      </p>
      <div class="team-layout">
        <form
          class="panel"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h3>
            1. L'équipe ({members.length} personne{members.length > 1 ? 's' : ''})
          </h3>
          <label for="team-file">
            Importer l'équipe : fichier Excel (.xlsx) ou CSV (séparateur point-virgule)
          </label>
          <input
            id="team-file"
            type="file"
            accept={`.xlsx,.csv,text/csv,${XLSX_TYPE}`}
            multiple
            aria-describedby="team-file-hint"
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              if (files.length === 1 && files[0]) void importFile(files[0]);
              else if (files.length > 1) void importFiles(files);
            }}
          />
          <small id="team-file-hint" class="hint">
            Plusieurs fichiers à la fois : par exemple les fichiers « Mon projet » de chaque
            personne.
          </small>
          <p class="links">
            Télécharger le modèle :{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                void toXlsx(templateSheets(skills, roles)).then((blob) => {
                  download('passerelles-modele-equipe.xlsx', blob);
                });
              }}
            >
              Excel (.xlsx)
            </button>{' '}
            ·{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                download('passerelles-modele-equipe.csv', templateCsv(skills));
              }}
            >
              CSV
            </button>
          </p>
          {pending && (
            <div class="role-choices">
              <h4 ref={choicesHeading} tabIndex={-1}>
                Métiers à préciser ({pending.rows.length})
              </h4>
              <p>
                Rien n'a encore été importé : pour ces lignes, le métier écrit peut désigner
                plusieurs métiers, ou aucun que Passerelles connaisse. Choisissez-le, ligne par
                ligne.
              </p>
              <ul>
                {pending.rows.map((p) => (
                  <li key={p.row}>
                    <label for={`role-choice-${p.row}`}>
                      Ligne {p.row} : « {p.text} »
                    </label>{' '}
                    <select
                      id={`role-choice-${p.row}`}
                      value={choices[p.row] ?? ''}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setChoices((c) => ({ ...c, [p.row]: value }));
                      }}
                    >
                      <option value="">— choisir le métier —</option>
                      {p.candidates.length > 0 && (
                        <optgroup label="Les plus proches">
                          {p.candidates.map((r) => (
                            <option key={r.id} value={r.id}>
                              {r.title}
                            </option>
                          ))}
                        </optgroup>
                      )}
                      <optgroup label="Tous les métiers">
                        {roles.map((r) => (
                          <option key={r.id} value={r.id}>
                            {r.title}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                disabled={pending.rows.some((p) => !choices[p.row])}
                onClick={() => {
                  void importFile(pending.file, choices);
                }}
              >
                Importer avec ces choix
              </button>
            </div>
          )}
          {problems.length > 0 && (
            <div class="problems" role="alert">
              <p>Rien n'a été importé : corrigez le fichier.</p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.file ? `« ${p.file} » — ` : ''}
                    {p.row !== null ? `Ligne ${p.row}` : 'Fichier'}
                    {p.column ? `, colonne « ${p.column} »` : ''} : {p.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <table class="team-grid">
            <thead>
              <tr>
                <th scope="col">Identifiant</th>
                <th scope="col">Métier actuel</th>
                <th scope="col">
                  <span class="visually-hidden">Retirer</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.flatMap((member, i) => [
                <tr key={i}>
                  <td>
                    <input
                      aria-label={`Identifiant de la personne ${i + 1}`}
                      value={member.id}
                      onInput={(e) => {
                        const id = e.currentTarget.value;
                        setMembers(members.map((m, j) => (j === i ? { ...m, id } : m)));
                      }}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`Métier actuel de la personne ${i + 1}`}
                      value={member.currentRoleId}
                      onChange={(e) => {
                        const currentRoleId = e.currentTarget.value;
                        setMembers(members.map((m, j) => (j === i ? { ...m, currentRoleId } : m)));
                      }}
                    >
                      {roles.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.title}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      class="link member-levels"
                      aria-expanded={openRow === i}
                      onClick={() => {
                        setOpenRow(openRow === i ? null : i);
                      }}
                    >
                      Niveaux
                      {Object.keys(member.levels).length > 0
                        ? ` (${Object.keys(member.levels).length} ajusté(s))`
                        : ' du métier'}
                    </button>
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => {
                        setMembers(members.filter((_, j) => j !== i));
                        setOpenRow(null);
                      }}
                    >
                      Retirer
                    </button>
                  </td>
                </tr>,
                openRow === i && roleById.get(member.currentRoleId) && (
                  <tr key={`${i}-levels`} class="member-levels-row">
                    <td colSpan={3}>
                      <SkillChecklist
                        role={roleById.get(member.currentRoleId) as RoleSummary}
                        allSkills={skills}
                        levels={member.levels}
                        idPrefix={`member-${i}-skill-`}
                        onChange={(skillId, level) => {
                          setMembers(
                            members.map((m, j) => (j === i ? withLevel(m, skillId, level) : m)),
                          );
                        }}
                      />
                      <p>
                        <button
                          type="button"
                          disabled={Object.values(member.levels).every((l) => l === null)}
                          onClick={() => {
                            setMembers(
                              members.map((m, j) => (j === i ? validateLevels(m, localDay()) : m)),
                            );
                          }}
                        >
                          Valider ces niveaux (encadrement, entretien du jour)
                        </button>{' '}
                        <span class="hint">
                          Les niveaux donnés pour {member.id} deviennent « validés » ce jour ; un
                          niveau certifié le reste.
                        </span>
                      </p>
                    </td>
                  </tr>
                ),
              ])}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => {
              setMembers([
                ...members,
                {
                  id: `p-${String(members.length + 1).padStart(3, '0')}`,
                  currentRoleId: roles[0]?.id ?? '',
                  levels: {},
                },
              ]);
            }}
          >
            Ajouter une personne
          </button>
          <label class="check">
            <input
              type="checkbox"
              checked={keep}
              onChange={(e) => {
                setKeep(e.currentTarget.checked);
              }}
            />{' '}
            Garder cette équipe sur cet appareil
          </label>
          <button
            type="button"
            onClick={() => {
              setMembers([]);
              setKeep(false);
              setAsked(null);
              forgetTeam();
            }}
          >
            Effacer l'équipe
          </button>

          <h3>2. La cible</h3>
          <label for="target-kind">Type de cible</label>
          <select
            id="target-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as TargetKind);
              setValue('');
            }}
          >
            <option value="role">Un métier</option>
            <option value="family">Une piste (le meilleur métier de la piste pour chacun)</option>
            <option value="futureProfile">Un profil futur de l'étude</option>
          </select>
          <label for="target-value">Cible</label>
          <select
            id="target-value"
            value={value}
            onChange={(e) => {
              setValue(e.currentTarget.value);
            }}
          >
            <option value="">— choisir —</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <label for="min-evidence">Niveaux pris en compte</label>
          <select
            id="min-evidence"
            value={minEvidence}
            aria-describedby="min-evidence-hint"
            onChange={(e) => {
              const next = e.currentTarget.value as LevelEvidence;
              setMinEvidence(next);
              // A map already drawn is drawn again with the levels now counted.
              if (asked) setAsked({ ...asked, minEvidence: next });
            }}
          >
            {LEVEL_EVIDENCE.map((e) => (
              <option key={e} value={e}>
                {MIN_EVIDENCE_LABEL[e]}
              </option>
            ))}
          </select>
          <small id="min-evidence-hint" class="hint">
            Un niveau moins prouvé que demandé ne compte pas au-dessus de celui du métier.
          </small>
          <button type="submit" class="primary" disabled={members.length === 0 || value === ''}>
            Calculer la carte des écarts
          </button>
        </form>

        <div class="team-results">
          {result.state.status === 'loading' && <Loading label="Calcul de la carte…" />}
          {result.state.status === 'error' && (
            <ErrorState error={result.state.error} retry={result.retry} />
          )}
          {result.state.status === 'ready' && asked && (
            <TeamResults
              gap={result.state.data.gap}
              version={result.state.data.version}
              target={asked.label}
              rowOf={(id) => {
                const index = members.findIndex((m) => m.id === id);
                return index < 0 ? null : index + 1;
              }}
            />
          )}
          {result.state.status === 'ready' && (
            <TeamDiplomas plans={result.state.data.gap.diplomas} />
          )}
          {result.state.status === 'ready' && request && (
            <TeamCertifications
              variables={request}
              roleIds={[...new Set(result.state.data.gap.members.map((m) => m.role.id))]}
            />
          )}
        </div>
      </div>
    </section>
  );
}
