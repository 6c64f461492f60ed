import { useEffect, useMemo, useState } from 'preact/hooks';
import { graphql } from '../api/client.js';
import { FUTURE_PROFILES, TEAM_GAP } from '../api/queries.js';
import type {
  PathFamily,
  RoleSummary,
  Skill,
  SkillKind,
  TargetInput,
  TeamGap,
} from '../api/types.js';
import { SkillChecklist } from '../components/skill-checklist.js';
import { SourceRef } from '../components/source-ref.js';
import { ErrorState, Loading } from '../components/status.js';
import { useAsync } from '../components/use-async.js';
import { FAMILIES, FAMILY_LABEL, LEVEL_LABEL, SKILL_KIND_LABEL } from '../model/labels.js';
import {
  decodeSpreadsheetText,
  parseTeamCsv,
  type ImportedMember,
  type ImportProblem,
  type ImportResult,
} from '../model/team-import.js';
import {
  heatmapColumns,
  missingSteps,
  needsByBlock,
  READINESS_LABEL,
  sortMembers,
  teamMapCsv,
  templateCsv,
  toTeamInput,
  type ColumnOrder,
  type RowOrder,
} from '../model/team-map.js';
import { readTeamXlsx, teamMapSheets, templateSheets, toXlsx } from '../model/team-xlsx.js';
import { forgetTeam, loadTeam, saveTeam } from '../state/team-store.js';

interface Props {
  roles: RoleSummary[];
  skills: Skill[];
}

type TargetKind = 'role' | 'family' | 'futureProfile';

const SKILL_KINDS = Object.keys(SKILL_KIND_LABEL) as SkillKind[];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isXlsx = (file: File) => file.name.toLowerCase().endsWith('.xlsx') || file.type === XLSX_TYPE;

function download(name: string, content: string | Blob) {
  const blob =
    typeof content === 'string' ? new Blob([content], { type: 'text/csv;charset=utf-8' }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

const months = (value: number) =>
  value === 0 ? '—' : `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} mois`;

/** RH : la carte des écarts d'une équipe pour une cible, et la formation à financer. */
export function TeamView({ roles, skills }: Props) {
  const stored = useMemo(() => loadTeam(), []);
  const [members, setMembers] = useState<ImportedMember[]>(stored ?? []);
  const [keep, setKeep] = useState(stored !== null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [openRow, setOpenRow] = useState<number | null>(null);
  const roleById = useMemo(() => new Map(roles.map((r) => [r.id, r])), [roles]);
  const [kind, setKind] = useState<TargetKind>('role');
  const [value, setValue] = useState('');
  const [asked, setAsked] = useState<{ target: TargetInput; label: string } | null>(null);
  const profiles = useAsync('profiles', (_, signal) =>
    graphql(FUTURE_PROFILES, {}, signal).then((d) => d.futureProfiles),
  );

  useEffect(() => {
    if (keep) saveTeam(members);
    else forgetTeam();
  }, [keep, members]);

  const request =
    asked && members.length > 0
      ? { team: toTeamInput(members, roles), target: asked.target }
      : null;
  const result = useAsync(request, (variables, signal) =>
    graphql(TEAM_GAP, variables, signal).then((d) => ({
      gap: d.teamGap,
      version: d.datasetVersion,
    })),
  );

  const importFile = async (file: File) => {
    let parsed: ImportResult;
    if (isXlsx(file)) {
      parsed = await readTeamXlsx(file, roles, skills);
    } else {
      const decoded = decodeSpreadsheetText(new Uint8Array(await file.arrayBuffer()));
      if ('problem' in decoded) {
        setProblems([{ row: null, column: null, reason: decoded.problem }]);
        return;
      }
      parsed = parseTeamCsv(decoded.text, roles, skills);
    }
    if (parsed.ok) {
      setMembers(parsed.members);
      setProblems([]);
    } else setProblems(parsed.problems);
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
    setAsked({ target, label: option.label });
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
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void importFile(file);
            }}
          />
          <p class="links">
            Télécharger le modèle :{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                void toXlsx(templateSheets(skills)).then((blob) => {
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
          {problems.length > 0 && (
            <div class="problems" role="alert">
              <p>Rien n'a été importé : corrigez le fichier.</p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
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
                  <span class="sr-only">Retirer</span>
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
                            members.map((m, j) =>
                              j === i ? { ...m, levels: { ...m.levels, [skillId]: level } } : m,
                            ),
                          );
                        }}
                      />
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
            />
          )}
        </div>
      </div>
    </section>
  );
}

interface ResultsProps {
  gap: TeamGap;
  version: string | null;
  target: string;
}

export function TeamResults({ gap, version, target }: ResultsProps) {
  const [rowOrder, setRowOrder] = useState<RowOrder>('given');
  const [columnOrder, setColumnOrder] = useState<ColumnOrder>('most-lacked');
  const [kind, setKind] = useState<SkillKind | null>(null);
  const [shown, setShown] = useState<Skill | null>(null);
  const columns = heatmapColumns(gap, columnOrder, kind);
  const rows = sortMembers(gap.members, rowOrder);
  const blocks = needsByBlock(gap);
  const maxBlockMonths = Math.max(1, ...blocks.map((b) => b.months));
  const { summary } = gap;
  return (
    <>
      <div class="toolbar">
        <button
          type="button"
          onClick={() => {
            void toXlsx(teamMapSheets(gap, target, new Date(), version)).then((blob) => {
              download('passerelles-carte-equipe.xlsx', blob);
            });
          }}
        >
          Exporter (Excel)
        </button>
        <button
          type="button"
          onClick={() => {
            download('passerelles-carte-equipe.csv', teamMapCsv(gap, target, new Date(), version));
          }}
        >
          Exporter (CSV)
        </button>
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          Imprimer
        </button>
      </div>
      <h3>Synthèse — {target}</h3>
      <p class="print-only">
        Passerelles, carte des écarts de l'équipe · cible : {target} · le{' '}
        {new Date().toLocaleDateString('fr-FR')} · version des données {version ?? 'inconnue'} ·
        sources : fiche métier 40L20 (FPH), étude prospective ANFH Normandie (2024)
      </p>
      <ul class="team-summary">
        <li>
          <strong>{summary.headcount}</strong> personnes
        </li>
        <li>
          adéquation moyenne <strong>{Math.round(summary.averageMatch)} %</strong>
        </li>
        <li>
          <strong>{summary.readyWithin12Months}</strong> prêtes en moins de 12 mois
        </li>
        <li>
          compétences les plus manquantes :{' '}
          {summary.topMissingSkills.map((s) => `${s.skill.label} (${s.people})`).join(', ') || '—'}
        </li>
      </ul>

      <h3>La formation à financer</h3>
      <figure class="block-chart">
        <figcaption>Besoins par bloc (mois de formation cumulés)</figcaption>
        <ul>
          {blocks.map((b) => (
            <li key={b.blockId}>
              <span class="block-chart-label">{b.title}</span>
              <span class="block-chart-bar">
                <span style={{ width: `${(100 * b.months) / maxBlockMonths}%` }} />
              </span>
              <span class="block-chart-value">
                {months(b.months)} · jusqu'à {b.people} personne{b.people > 1 ? 's' : ''}
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <table class="team-plan">
        <thead>
          <tr>
            <th scope="col">Bloc</th>
            <th scope="col">Contenu</th>
            <th scope="col">Personnes</th>
            <th scope="col">Jusqu'au niveau</th>
            <th scope="col">Mois cumulés</th>
            <th scope="col">Au plus</th>
          </tr>
        </thead>
        <tbody>
          {gap.needs.map((n) => (
            <tr key={n.item.id}>
              <td>{n.block.title}</td>
              <td>{n.item.label}</td>
              <td>{n.people}</td>
              <td>{LEVEL_LABEL[n.level]}</td>
              <td>{months(n.totalMonths)}</td>
              <td>{months(n.maxMonths)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {gap.uncoveredSkills.length > 0 && (
        <>
          <h4>Compétences qu'aucun bloc de l'étude ne couvre (formation à trouver ailleurs)</h4>
          <ul class="team-uncovered">
            {gap.uncoveredSkills.map((u) => (
              <li key={u.skill.id}>
                {u.skill.label} — {u.people} personne{u.people > 1 ? 's' : ''}, niveau{' '}
                {LEVEL_LABEL[u.requiredLevel]} <SourceRef source={u.skill.source} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Par personne</h3>
      <table class="team-people">
        <thead>
          <tr>
            <th scope="col">Identifiant</th>
            <th scope="col">Métier visé</th>
            <th scope="col">Adéquation</th>
            <th scope="col">Durée estimée</th>
            <th scope="col">Préparation</th>
            <th scope="col">Parcours</th>
          </tr>
        </thead>
        <tbody>
          {gap.members.map((m) => (
            <tr key={m.id}>
              <td>{m.id}</td>
              <td>{m.role.title}</td>
              <td>{m.matchPercent} %</td>
              <td>{months(m.estimatedMonths)}</td>
              <td>{READINESS_LABEL[m.readiness]}</td>
              <td>
                {m.currentRole.id === m.role.id ? (
                  '—'
                ) : (
                  <a
                    href={`?view=parcours&from=${encodeURIComponent(m.currentRole.id)}&to=${encodeURIComponent(m.role.id)}`}
                    title="Le parcours le moins coûteux, avec ses conditions (niveaux du métier actuel)"
                  >
                    Voir le parcours
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Carte des écarts (personne × compétence)</h3>
      <p class="hint">
        Chaque case indique le niveau requis qui manque ; plus elle est foncée, plus l'écart est
        grand. Choisissez une compétence pour voir sa source.
      </p>
      <div class="heatmap-controls">
        <label>
          Personnes{' '}
          <select
            id="heatmap-rows"
            value={rowOrder}
            onChange={(e) => {
              setRowOrder(e.currentTarget.value as RowOrder);
            }}
          >
            <option value="given">dans l'ordre du fichier</option>
            <option value="readiness">les plus prêtes d'abord</option>
          </select>
        </label>
        <label>
          Compétences{' '}
          <select
            id="heatmap-columns"
            value={columnOrder}
            onChange={(e) => {
              setColumnOrder(e.currentTarget.value as ColumnOrder);
            }}
          >
            <option value="most-lacked">les plus manquantes d'abord</option>
            <option value="label">par ordre alphabétique</option>
          </select>
        </label>
        <label>
          Type{' '}
          <select
            id="heatmap-kind"
            value={kind ?? ''}
            onChange={(e) => {
              setKind((e.currentTarget.value || null) as SkillKind | null);
            }}
          >
            <option value="">tous</option>
            {SKILL_KINDS.map((k) => (
              <option key={k} value={k}>
                {SKILL_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown && (
        <p class="heatmap-source">
          {shown.label} <SourceRef source={shown.source} />
        </p>
      )}
      <div class="heatmap-scroll">
        <table class="heatmap">
          <thead>
            <tr>
              <th scope="col">Personne</th>
              {columns.map((c) => (
                <th scope="col" key={c.skill.id}>
                  <button
                    type="button"
                    class="link"
                    aria-pressed={shown?.id === c.skill.id}
                    onClick={() => {
                      setShown(c.skill);
                    }}
                  >
                    {c.skill.label} ({c.people})
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const byId = new Map(m.gap.missing.map((s) => [s.skill.id, s]));
              return (
                <tr key={m.id}>
                  <th scope="row">{m.id}</th>
                  {columns.map((c) => {
                    const missing = byId.get(c.skill.id);
                    return missing ? (
                      <td
                        key={c.skill.id}
                        class={`gap-${missingSteps(missing.currentLevel, missing.requiredLevel)}`}
                      >
                        {LEVEL_LABEL[missing.requiredLevel]}
                      </td>
                    ) : (
                      <td key={c.skill.id} class="gap-0">
                        <span class="sr-only">acquise</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
