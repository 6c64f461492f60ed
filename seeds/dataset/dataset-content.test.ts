import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NodeRecord, RelationshipRecord } from '../../schema/graph-data.js';
import { nodeSchemas, type NodeLabel, type NodeOf } from '../../schema/nodes.js';
import { checkCitations, type CitationDocuments } from './citation-check.js';
import { stanceOf } from '../../schema/stance.js';
import { loadDataset } from './load-dataset.js';

/** Checks the shipped dataset against the source documents (../shared/DOMAIN.md). */
const result = loadDataset();
if (!result.ok) throw new Error(result.errors.map((e) => `${e.where} — ${e.message}`).join('\n'));
const { nodes, relationships } = result.graph;

const nodesOf = (label: NodeRecord['label']) => nodes.filter((n) => n.label === label);
const propsOf = <L extends NodeLabel>(label: L): NodeOf<L>[] =>
  nodesOf(label).map((n) => nodeSchemas[label].parse(n.props) as NodeOf<L>);
const relsOf = (type: RelationshipRecord['type'], fromId?: string) =>
  relationships.filter((r) => r.type === type && (fromId === undefined || r.fromId === fromId));
const roles = propsOf('Role');

describe('the job sheet 40L20', () => {
  it('has its 10 activities, 11 savoir-faire and 3 passerelles in the sheet order', () => {
    expect(relsOf('HAS_ACTIVITY', 'fiche-40l20')).toHaveLength(10);
    expect(relsOf('LISTS_SAVOIR_FAIRE', 'fiche-40l20')).toHaveLength(11);
    expect(relsOf('LISTS_PASSERELLE', 'fiche-40l20').map((r) => r.toId)).toEqual([
      'technicien-information-medicale',
      'encadrant-secretariats-medicaux',
      'encadrant-archives',
    ]);
  });

  it('has its 8 knowledge items with the levels of the sheet', () => {
    const levels = Object.fromEntries(
      relsOf('REQUIRES_KNOWLEDGE', 'fiche-40l20').map((r) => [r.toId, r.props.level]),
    );
    expect(levels).toEqual({
      'k-bureautique': 'OPERATIONAL',
      'k-codage-actes': 'OPERATIONAL',
      'k-communication': 'OPERATIONAL',
      'k-droit-usagers': 'OPERATIONAL',
      'k-organisation-etablissement': 'OPERATIONAL',
      'k-reglementation-archives': 'GENERAL',
      'k-secretariat': 'DEEP',
      'k-vocabulaire-medical': 'DEEP',
    });
  });

  it('links every activity to what it mobilises, and every sheet skill to an activity', () => {
    const mobilised = new Set(relsOf('MOBILISES').map((r) => r.toId));
    for (const rel of [...relsOf('LISTS_SAVOIR_FAIRE'), ...relsOf('REQUIRES_KNOWLEDGE')]) {
      expect(mobilised.has(rel.toId), rel.toId).toBe(true);
    }
    for (const activity of nodesOf('Activity')) {
      expect(relsOf('MOBILISES', activity.props.id).length).toBeGreaterThan(0);
    }
  });

  it('has the three-level scale with growing acquisition times', () => {
    const levels = propsOf('Level');
    expect(levels.sort((a, b) => a.rank - b.rank).map((l) => l.id)).toEqual([
      'GENERAL',
      'OPERATIONAL',
      'DEEP',
    ]);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]!.minMonths).toBeGreaterThanOrEqual(levels[i - 1]!.maxMonths - 1);
    }
  });
});

describe('roles and moves', () => {
  const targets = (family: string) =>
    roles.filter((r) => r.roleKind === 'PATH_TARGET' && r.family === family);

  it('has every role of section 4.2.4 in its family', () => {
    expect(targets('EXPERTISE')).toHaveLength(4);
    expect(targets('COORDINATION')).toHaveLength(5);
    expect(targets('MANAGEMENT')).toHaveLength(4);
    expect(targets('OTHER_PUBLIC_SERVICE')).toHaveLength(12);
    expect(targets('PRIVATE_SECTOR')).toHaveLength(2);
    expect(roles.filter((r) => r.roleKind === 'FUTURE_VARIANT')).toHaveLength(4);
    expect(roles.filter((r) => r.roleKind === 'ENTRY')).toHaveLength(6);
  });

  it('offers a one-step move from the secretary to every 4.2.4 role and 4.2.5 variant', () => {
    const reachable = new Set(relsOf('MOVES_TO', 'secretaire-medicale').map((r) => r.toId));
    for (const role of roles.filter(
      (r) => r.roleKind === 'PATH_TARGET' || r.roleKind === 'FUTURE_VARIANT',
    )) {
      expect(reachable.has(role.id), role.id).toBe(true);
    }
  });

  it('leads every entry role into the job', () => {
    for (const role of roles.filter((r) => r.roleKind === 'ENTRY')) {
      expect(relsOf('MOVES_TO', role.id).map((r) => r.toId)).toContain('secretaire-medicale');
    }
  });

  it('requires every skill of a role at most once', () => {
    const keys = relsOf('REQUIRES').map((r) => `${r.fromId}>${r.toId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('prospective material', () => {
  it('has 5 future profiles, 4 axes, 4 scenarios placed on every axis, 20 diagnostic items', () => {
    expect(nodesOf('FutureProfile')).toHaveLength(5);
    expect(nodesOf('TensionAxis')).toHaveLength(4);
    for (const scenario of nodesOf('Scenario')) {
      expect(relsOf('POSITIONED_ON', scenario.props.id)).toHaveLength(4);
    }
    const perAxis = new Map<string, number>();
    for (const rel of relsOf('MEASURES')) perAxis.set(rel.toId, (perAxis.get(rel.toId) ?? 0) + 1);
    expect([...perAxis.values()]).toEqual([5, 5, 5, 5]);
  });

  it('has the 107 statements, each with coherent percentages and at least one link', () => {
    const statements = propsOf('Statement');
    expect(statements.map((s) => s.number)).toEqual(Array.from({ length: 107 }, (_, i) => 1 + i));
    for (const s of statements) {
      expect(s.agreePercent + s.disagreePercent + (s.neutralPercent ?? 0)).toBeLessThanOrEqual(100);
      expect(relsOf('BEARS_ON', s.id).length).toBeGreaterThan(0);
    }
  });

  it('has the three core training blocks and their specialisations', () => {
    const blocks = propsOf('TrainingBlock');
    expect(blocks.filter((b) => b.blockKind === 'CORE').map((b) => b.title)).toEqual([
      "Gestion de l'information",
      'Éco-système de soins',
      'Compétences transversales',
    ]);
    for (const item of nodesOf('TrainingItem')) {
      expect(relsOf('DEVELOPS', item.props.id).length).toBeGreaterThan(0);
    }
  });
});

describe('who does the job, and the training still to build', () => {
  it('has the 22 workforce figures of 1.1.2, each distribution summing to about 100 %', () => {
    const figures = propsOf('WorkforceFigure');
    expect(figures).toHaveLength(22);
    expect(relsOf('HAS_FIGURE', 'secretaire-medicale')).toHaveLength(22);
    const byTopic = new Map<string, number>();
    for (const f of figures.filter((f) => f.unit === 'PERCENT' && f.topic !== 'Place dans la FPH'))
      byTopic.set(f.topic, (byTopic.get(f.topic) ?? 0) + f.value);
    expect([...byTopic.keys()]).toEqual([
      "Type d'établissement",
      'Statut',
      "Catégorie d'emploi",
      'Temps de travail',
      'Âge',
    ]);
    for (const [topic, sum] of byTopic) expect(Math.abs(sum - 100), topic).toBeLessThanOrEqual(1.5);
  });

  it('has the study’s nine ideas for training still to build, the RACE among them', () => {
    const ideas = propsOf('TrainingIdea');
    expect(ideas).toHaveLength(9);
    expect(ideas.some((i) => i.label.includes('RACE'))).toBe(true);
  });
});

describe('traceability', () => {
  const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds');
  const study = readFileSync(path.join(seedsDir, '000_3c4ce5580e3f1980.txt'), 'utf8').split('\n');
  const sources = [
    ...nodes.map((n) => n.props.source),
    ...relationships.map((r) => r.props.source),
  ].map(String);

  it('cites only line ranges that exist in the study', () => {
    const cited = sources
      .filter((s) => s.startsWith('000_'))
      .flatMap((s) => [...s.matchAll(/l\. (\d+)(?:-(\d+))?/g)]);
    expect(cited.length).toBeGreaterThan(50);
    for (const [, from, to] of cited) {
      const start = Number(from);
      const end = Number(to ?? from);
      expect(start).toBeLessThanOrEqual(end);
      expect(end).toBeLessThanOrEqual(study.length);
    }
  });

  it('cites only question numbers that are in the study', () => {
    const numbers = sources.flatMap((s) => [...s.matchAll(/#Q(\d+)/g)].map((m) => m[1]));
    for (const n of new Set(numbers)) {
      expect(
        study.some((line) => line.trimStart().startsWith(`${n}.`)),
        `Q${n}`,
      ).toBe(true);
    }
  });

  /** The study's lines a source cites, joined (its first line range). */
  const citedText = (source: string) => {
    const m = /l\. (\d+)(?:-(\d+))?/.exec(source);
    if (!m) throw new Error(`no line range in ${source}`);
    return study.slice(Number(m[1]) - 1, Number(m[2] ?? m[1])).join('\n');
  };

  it('points at the lines that say what is cited: passerelles, level scale, figure 7', () => {
    for (const r of relsOf('LISTS_PASSERELLE', 'fiche-40l20')) {
      expect(citedText(String(r.props.source))).toMatch(
        /^Passerelles :\nTechnicien d'information médicale\nEncadrant des secrétariats médicaux\nEncadrant archives\.$/,
      );
    }
    const words = { GENERAL: 'générales', OPERATIONAL: 'opérationnelles', DEEP: 'approfondies' };
    for (const level of propsOf('Level')) {
      const text = citedText(level.source);
      expect(text.startsWith(`Connaissances ${words[level.id]} :`), level.id).toBe(true);
      expect(text).toContain("Durée d'acquisition");
    }
    for (const r of relsOf('STAFFS').filter((r) => String(r.props.source).includes('figure 7'))) {
      expect(citedText(String(r.props.source))).toContain('Auxiliaires de puériculture 0,13%');
    }
  });

  it('never cites the study for a DAC fact on lines that do not mention the DAC', () => {
    const dac = [
      ...relsOf('REQUIRES', 'poste-dac'),
      ...relsOf('MOVES_TO').filter((r) => r.toId === 'poste-dac'),
    ];
    for (const r of dac) {
      const source = String(r.props.source);
      if (source.startsWith('000_') && /l\. \d/.test(source))
        expect(citedText(source)).toMatch(/DAC|appui/);
    }
  });

  it('never rests a requirement on a statement respondents rejected', () => {
    const rejected = new Set(
      propsOf('Statement')
        .filter((s) => stanceOf(s) === 'DISAGREE')
        .map((s) => s.number),
    );
    expect(rejected.size).toBeGreaterThan(0);
    for (const r of relsOf('REQUIRES')) {
      const m = /#Q(\d+)(?:-Q(\d+))?/.exec(String(r.props.source));
      if (!m) continue;
      for (let n = Number(m[1]); n <= Number(m[2] ?? m[1]); n++) {
        expect(rejected.has(n), `${r.fromId} → ${r.toId} rests on Q${n}`).toBe(false);
      }
    }
  });

  it('models no related title as a condition, and does not fix the job in one category', () => {
    expect(propsOf('Condition').filter((c) => /apparenté/i.test(c.label))).toEqual([]);
    // 61 % of those doing the job are in category B, 38 % in C (1.1.2, l. 496-502).
    expect(roles.find((r) => r.id === 'secretaire-medicale')?.category).toBeUndefined();
  });

  it('says a workshop idea is an idea, not a condition to meet, and cites its line', () => {
    for (const c of propsOf('Condition').filter((c) => c.source.includes('Annexe 1'))) {
      expect(c.label, c.id).toContain('piste proposée en atelier');
      const key = /reconversion|management/.exec(c.label)?.[0] ?? c.label;
      expect(citedText(c.source), c.id).toContain(key);
    }
  });

  it('says on every cited move that its kind and distance are the project’s when the document does not give them', () => {
    const silent = relsOf('MOVES_TO').filter(
      (r) =>
        !String(r.props.source).startsWith('derived:') &&
        !/déduit/i.test(typeof r.props.note === 'string' ? r.props.note : ''),
    );
    expect(silent.map((r) => r.props.id)).toEqual([]);
  });

  it('never makes a derived rationale say the study says it', () => {
    const claims = sources.filter(
      (s) => s.startsWith('derived:') && /comme le (note|dit) l'étude|selon l'étude/.test(s),
    );
    expect(claims).toEqual([]);
  });

  const documents: CitationDocuments = {
    study,
    article: readFileSync(path.join(seedsDir, '004_14c123c911b5af26.txt'), 'utf8'),
    officialSheets: readFileSync(path.join(seedsDir, '../reference/target-roles.md'), 'utf8'),
  };

  it('finds the key words of every citation on the lines it cites', () => {
    const report = checkCitations(result.graph, documents);
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThan(600);
  });

  it('catches a citation moved off its lines, a wrong figure and an unknown sheet', () => {
    const broken = structuredClone(result.graph);
    const passerelle = broken.relationships.find((r) => r.type === 'LISTS_PASSERELLE')!;
    passerelle.props.source = '000_3c4ce5580e3f1980.txt#1.1.2 passerelles (l. 5200-5203)';
    const statement = broken.nodes.find((n) => n.props.id === 'q12')!;
    statement.props.agreePercent = 17;
    const skill = broken.nodes.find((n) => n.props.id === 'k-pmsi-nomenclatures')!;
    skill.props.source = 'target-roles.md#40L99 Technicien inconnu';
    const quoted = broken.nodes.find((n) => n.props.id === 'sf-transmettre-former')!;
    quoted.props.source = '000_3c4ce5580e3f1980.txt#4.2.4.1 « tuteur » (l. 5550)';
    const failed = checkCitations(broken, documents).failures.map((f) => f.where);
    expect(failed).toEqual([
      'Statement q12.source',
      'Skill k-pmsi-nomenclatures.source',
      'Skill sf-transmettre-former.source',
      'LISTS_PASSERELLE fiche-40l20 → technicien-information-medicale.source',
    ]);
  });

  it('gives every level and every move kind its own provenance, the study’s only where it states it', () => {
    const levelled = [
      ...relsOf('REQUIRES'),
      ...relsOf('DEVELOPS'),
      ...relsOf('REQUIRES_KNOWLEDGE'),
    ];
    const stated = levelled.filter((r) => !String(r.props.levelSource).startsWith('derived:'));
    // The study states levels only in the job sheet's knowledge list (l. 685-696).
    for (const r of stated) expect(String(r.props.levelSource)).toContain('(l. 685-696)');
    expect(stated).toHaveLength(16);
    expect(levelled.length - stated.length).toBeGreaterThan(250);
    for (const r of relsOf('MOVES_TO')) expect(String(r.props.kindSource)).toMatch(/^derived: /);
  });

  it('marks a part of the facts as derived and gives each a rationale', () => {
    const derived = sources.filter((s) => s.startsWith('derived:'));
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.length).toBeLessThan(sources.length);
  });
});

describe('sigles', () => {
  /** Capitals that read as a sigle in running text: « DEAS », « T2A », « AP-HP ». */
  const SIGLE = /\b[A-Z][A-Z0-9]{1,7}(?:-[A-Z][A-Z0-9]{1,7})?\b/g;
  /** Codes, not sigles: ROME fiches (M1609), questions (Q88), roman numerals. */
  const CODE = /^([A-Z]\d{2,}|Q\d+|[IVX]+)$/;
  const explained = new Map(propsOf('Acronym').map((a) => [a.acronym, a.expansion]));

  it('spells out every sigle the study’s texts show (titles, labels, definitions…)', () => {
    const unexplained = new Set<string>();
    for (const node of nodes) {
      if (node.label === 'Acronym') continue;
      for (const [key, value] of Object.entries(node.props)) {
        if (key === 'id' || /source$/i.test(key)) continue;
        for (const text of [value].flat()) {
          // Whole-value capitals are enum values (« DEEP », « FPH »), labelled by the app.
          if (typeof text !== 'string' || !text.includes(' ')) continue;
          for (const [sigle] of text.matchAll(SIGLE)) {
            if (!CODE.test(sigle) && !explained.has(sigle)) unexplained.add(sigle);
          }
        }
      }
    }
    expect([...unexplained]).toEqual([]);
    expect(explained.get('PMSI')).toBe("Programme de médicalisation des systèmes d'information");
  });
});
