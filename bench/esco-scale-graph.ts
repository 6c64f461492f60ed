import { LEVELS, PATH_FAMILIES } from '../schema/common.js';
import type { GraphData } from '../schema/graph-data.js';
import { GraphBuilder } from '../seeds/dataset/graph-builder.js';

export interface ScaleSpec {
  roles: number;
  skills: number;
  requirementsPerRole: number;
  movesPerRole: number;
  seed: number;
}

/** ESCO's order of magnitude: 3,000 occupations, 14,000 skills, 120,000 and 30,000 edges. */
export const ESCO_SCALE: ScaleSpec = {
  roles: 3_000,
  skills: 14_000,
  requirementsPerRole: 40,
  movesPerRole: 10,
  seed: 40_220,
};

/** mulberry32: a small deterministic PRNG, so every run benchmarks the same graph. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SOURCE = 'derived: generated benchmark graph (bench/esco-scale-graph.ts)';

/**
 * A synthetic graph with ESCO's size and some of its shape: roles in clusters that share most of
 * their skills (so moves inside a cluster are cheap), moves mostly inside the cluster, some across.
 */
export function generateScaleGraph(spec: ScaleSpec = ESCO_SCALE): GraphData {
  const random = prng(spec.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const g = new GraphBuilder().inFile('generated');
  const clusterSize = 30;
  const skillsPerCluster = Math.floor(spec.skills / Math.ceil(spec.roles / clusterSize));

  g.node(
    'Level',
    {
      id: 'GENERAL',
      rank: 1,
      label: 'Connaissances générales',
      definition: 'g',
      acquisitionTime: 'semaines',
      minMonths: 0.25,
      maxMonths: 1,
      source: SOURCE,
    },
    [],
  );
  g.node(
    'Level',
    {
      id: 'OPERATIONAL',
      rank: 2,
      label: 'Connaissances opérationnelles',
      definition: 'o',
      acquisitionTime: 'mois',
      minMonths: 3,
      maxMonths: 24,
      source: SOURCE,
    },
    [],
  );
  g.node(
    'Level',
    {
      id: 'DEEP',
      rank: 3,
      label: 'Connaissances approfondies',
      definition: 'a',
      acquisitionTime: 'années',
      minMonths: 24,
      maxMonths: 60,
      source: SOURCE,
    },
    [],
  );
  for (let s = 0; s < spec.skills; s++) {
    g.node(
      'Skill',
      {
        id: `skill-${s}`,
        label: `Compétence ${s}`,
        kind: pick(['SAVOIR_FAIRE', 'KNOWLEDGE', 'SAVOIR_ETRE']),
        source: SOURCE,
      },
      [],
    );
  }
  for (let r = 0; r < spec.roles; r++) {
    const cluster = Math.floor(r / clusterSize);
    g.node(
      'Role',
      {
        id: `role-${r}`,
        title: `Métier ${r}`,
        roleKind: 'PATH_TARGET',
        family: PATH_FAMILIES[cluster % PATH_FAMILIES.length],
        sector: 'FPH',
        source: SOURCE,
      },
      [],
    );
    const required = new Set<number>();
    while (required.size < spec.requirementsPerRole) {
      const local = random() < 0.8;
      const base = local ? cluster * skillsPerCluster : 0;
      const span = local ? skillsPerCluster : spec.skills;
      required.add((base + Math.floor(random() * span)) % spec.skills);
    }
    for (const s of required)
      g.rel(
        'REQUIRES',
        `role-${r}`,
        `skill-${s}`,
        { level: pick(LEVELS), levelSource: SOURCE, source: SOURCE },
        [],
      );
    const targets = new Set<number>();
    while (targets.size < spec.movesPerRole) {
      const local = random() < 0.7;
      const target = local
        ? cluster * clusterSize + Math.floor(random() * clusterSize)
        : Math.floor(random() * spec.roles);
      if (target !== r && target < spec.roles) targets.add(target);
    }
    for (const t of targets) {
      g.rel(
        'MOVES_TO',
        `role-${r}`,
        `role-${t}`,
        {
          id: `move-${r}-${t}`,
          kind: 'MOBILITY',
          kindSource: SOURCE,
          distance: pick(['SHORT', 'LONG']),
          family: PATH_FAMILIES[Math.floor(t / clusterSize) % PATH_FAMILIES.length],
          conditionIds: [],
          source: SOURCE,
        },
        [],
      );
    }
  }
  for (let b = 0; b < 3; b++) {
    g.node(
      'TrainingBlock',
      {
        id: `block-${b}`,
        title: `Bloc ${b}`,
        blockKind: 'CORE',
        summary: 's',
        order: b + 1,
        source: SOURCE,
      },
      [],
    );
    for (let i = 0; i < 50; i++) {
      const item = `item-${b}-${i}`;
      g.node('TrainingItem', { id: item, label: `Module ${b}.${i}`, source: SOURCE }, []);
      g.rel('HAS_ITEM', `block-${b}`, item, { order: i + 1, source: SOURCE }, []);
      for (let k = 0; k < 20; k++)
        g.rel(
          'DEVELOPS',
          item,
          `skill-${Math.floor(random() * spec.skills)}`,
          { level: pick(LEVELS), levelSource: SOURCE, source: SOURCE },
          [],
        );
    }
  }
  return dedupe(g.data);
}

/** Random picks can repeat an edge; the model allows one per (type, from, to). */
function dedupe(graph: GraphData): GraphData {
  const seen = new Set<string>();
  return {
    ...graph,
    relationships: graph.relationships.filter((r) => {
      const key = `${r.type}:${r.fromId}>${r.toId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}
