import cytoscape, { type ElementDefinition } from 'cytoscape';
import { RING_SIZE } from '../src/model/explorer-elements.js';
import { explorerLayout } from '../src/model/explorer-layout.js';
import { graphStyle } from '../src/model/graph-style.js';
import { h, render } from 'preact';
import type { TeamGap } from '../src/api/types.js';
import { readTeamXlsx, toXlsx } from '../src/model/team-xlsx.js';
import { TeamResults } from '../src/views/team-results.js';

/** A graph of `count` elements (40 % nodes, 60 % edges), deterministic, shaped like the explorer's. */
function syntheticElements(count: number): ElementDefinition[] {
  const nodes = Math.round(count * 0.4);
  const edges = count - nodes;
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++)
    elements.push({
      group: 'nodes',
      data: {
        id: `n${i}`,
        label: `Nœud ${i}`,
        color: i % 2 ? '#1f5fa8' : '#00695c',
        shape: i % 2 ? 'round-rectangle' : 'ellipse',
        filled: i % 2,
        distance: i === 0 ? 0 : 1 + (i % 2),
        // As explorer-elements.ts rings them: the center alone, then RING_SIZE nodes per ring.
        ring: i === 0 ? 0 : 1 + Math.floor((i - 1) / RING_SIZE),
      },
    });
  for (let i = 0; i < edges; i++) {
    const source = Math.floor(random() * nodes);
    const target = Math.floor(random() * nodes);
    elements.push({
      group: 'edges',
      data: {
        id: `e${i}`,
        source: `n${source}`,
        target: `n${target === source ? (target + 1) % nodes : target}`,
        label: 'requiert',
      },
    });
  }
  return elements;
}

/** The longest task the page ran during the last renderBench (Long Tasks API, ≥ 50 ms; else 0). */
let longestTask = 0;

/** Milliseconds from creating the graph to its laid-out first frame, with the explorer's layout. */
function renderBench(count: number): Promise<number> {
  longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const container = document.getElementById('cy');
  if (!container) throw new Error('no container');
  const started = performance.now();
  const cy = cytoscape({
    container,
    elements: syntheticElements(count),
    style: graphStyle,
    layout: { name: 'preset' },
  });
  const layout = cy.layout(explorerLayout('neighbourhood'));
  return new Promise((resolve) => {
    layout.one('layoutstop', () => {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const elapsed = performance.now() - started;
          cy.destroy();
          // Long tasks are reported after they end: let the observer hear the last one.
          setTimeout(() => {
            observer.disconnect();
            resolve(elapsed);
          }, 0);
        }),
      );
    });
    layout.run();
  });
}

/** The longest task of a render of `count` elements, in ms. */
const renderLongestTask = async (count: number) => {
  await renderBench(count);
  return longestTask;
};

Object.assign(window, { renderBench, renderLongestTask });

/** A synthetic team map: `people` × `skills` missing skills, levels cycling, three blocks. */
function syntheticTeamGap(people: number, skills: number): TeamGap {
  const levels = ['GENERAL', 'OPERATIONAL', 'DEEP'] as const;
  const skill = (j: number) => ({
    id: `s${j}`,
    label: `Compétence ${j}`,
    kind: (['SAVOIR_FAIRE', 'KNOWLEDGE', 'SAVOIR_ETRE'] as const)[j % 3] ?? 'KNOWLEDGE',
    source: 'derived: banc de rendu',
  });
  return {
    members: Array.from({ length: people }, (_, i) => ({
      id: `p-${i}`,
      currentRole: { id: 'r0', title: 'Métier actuel' },
      role: { id: 'r1', title: 'Métier visé' },
      matchPercent: i % 100,
      cost: 40,
      estimatedMonths: (i % 5) * 12,
      readiness:
        (['READY', 'UNDER_12_MONTHS', 'ONE_TO_THREE_YEARS', 'LONGER'] as const)[i % 4] ?? 'LONGER',
      gap: {
        missing: Array.from({ length: skills }, (_, j) => ({
          skill: skill(j),
          currentLevel: null,
          currentEvidence: null,
          currentEvidenceDate: null,
          requiredLevel: levels[(i + j) % 3] ?? 'DEEP',
          levelSource: 'derived: banc de rendu',
          coverage: (['FULL', 'PARTIAL', 'NONE'] as const)[(i + j) % 3] ?? 'NONE',
        })).filter((_, j) => (i + j) % 4 !== 0),
      },
    })),
    needs: Array.from({ length: 12 }, (_, k) => ({
      block: { id: `b${k % 3}`, title: `Bloc ${k % 3}` },
      item: { id: `i${k}`, label: `Contenu ${k}` },
      people: people - k,
      level: levels[k % 3] ?? 'DEEP',
      levelDerived: true,
      totalMonths: 100 * k,
      maxMonths: 42,
    })),
    uncoveredSkills: [{ skill: skill(0), people, requiredLevel: 'DEEP', levelDerived: true }],
    diplomas: [],
    summary: {
      headcount: people,
      averageMatch: 50,
      readyWithin12Months: people / 2,
      topMissingSkills: [],
    },
  };
}

/**
 * Milliseconds to render the team map of `people` × `skills` to a frame: its first screen (the
 * heatmap's first rows), or, with `whole`, every row of the heatmap.
 */
function teamBench(people: number, skills: number, whole = false): Promise<number> {
  const container = document.getElementById('team');
  if (!container) throw new Error('no container');
  const gap = syntheticTeamGap(people, skills);
  const started = performance.now();
  render(h(TeamResults, { gap, version: 'bench', target: 'Banc', rowOf: () => null }), container);
  const complete = () =>
    !whole || container.querySelectorAll('.heatmap tbody tr').length === people;
  return new Promise((resolve) => {
    const frame = () => {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (!complete()) {
            frame();
            return;
          }
          const elapsed = performance.now() - started;
          render(null, container);
          resolve(elapsed);
        }),
      );
    };
    frame();
  });
}

/** Milliseconds to read and check a team workbook of `rows` people with 70 skill columns. */
async function xlsxBench(rows: number): Promise<number> {
  const skills = Array.from({ length: 70 }, (_, j) => ({ id: `s${j}`, label: `Compétence ${j}` }));
  const roles = [{ id: 'secretaire-medicale', title: 'Secrétaire médical(e)' }];
  const blob = await toXlsx([
    {
      sheet: 'Équipe',
      data: [
        ['identifiant', 'métier', ...skills.map((s) => s.label)],
        ...Array.from({ length: rows }, (_, i) => [
          `p-${i}`,
          'secretaire-medicale',
          ...skills.map((_, j) => (i + j) % 4),
        ]),
      ],
    },
  ]);
  const started = performance.now();
  const result = await readTeamXlsx(blob, roles, skills);
  const elapsed = performance.now() - started;
  if (!result.ok || result.members.length !== rows) throw new Error('the workbook did not import');
  return elapsed;
}

Object.assign(window, { teamBench, xlsxBench });
