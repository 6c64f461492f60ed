import type {
  CoverageTargetInput,
  DraftBlockInput,
  DraftVersion,
  Level,
  PathFamily,
  TrainingModality,
} from '../api/types.js';

/** The block set being edited: plain data, changed only by the pure functions below. */
export interface EditSkill {
  skillId: string;
  label: string;
  level: Level;
  source: string | null;
}
export interface EditItem {
  id: string;
  label: string;
  skills: EditSkill[];
  /** As typed: '' for « à définir ». */
  hours: string;
  modality: TrainingModality | null;
  evaluation: string;
  notes: string;
  source: string | null;
}
export interface EditBlock {
  id: string;
  title: string;
  aim: string;
  items: EditItem[];
}

/** A new part's id (the server keeps ids, so the diff follows blocks and items across versions). */
export const newPartId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
};

export function fromVersion(version: DraftVersion): EditBlock[] {
  return version.blocks.map((block) => ({
    id: block.id,
    title: block.title,
    aim: block.aim,
    items: block.items.map((item) => ({
      id: item.id,
      label: item.label,
      hours: item.hours === null ? '' : String(item.hours),
      modality: item.modality,
      evaluation: item.evaluation,
      notes: item.notes,
      source: item.source,
      skills: item.skills.map((s) => ({ ...s })),
    })),
  }));
}

/** Hours as typed, as the API wants them: a number, null when empty; NaN stays for the server to refuse. */
const hoursOf = (typed: string): number | null =>
  typed.trim() === '' ? null : Number(typed.replace(',', '.'));

export function toInput(blocks: readonly EditBlock[]): DraftBlockInput[] {
  return blocks.map((block) => ({
    id: block.id,
    title: block.title,
    aim: block.aim,
    items: block.items.map((item) => ({
      id: item.id,
      label: item.label,
      hours: hoursOf(item.hours),
      modality: item.modality,
      evaluation: item.evaluation,
      notes: item.notes,
      source: item.source,
      skills: item.skills.map((s) => ({ skillId: s.skillId, level: s.level, source: s.source })),
    })),
  }));
}

/** Whether what is edited differs from a saved version. */
export const isDirty = (blocks: readonly EditBlock[], saved: DraftVersion): boolean =>
  JSON.stringify(toInput(blocks)) !== JSON.stringify(toInput(fromVersion(saved)));

/** Moves the element at `index` by `delta` places (−1 up, +1 down); out of range: unchanged. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [moved] = copy.splice(index, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}

const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] =>
  list.map((current, i) => (i === index ? value : current));

export const emptyBlock = (): EditBlock => ({
  id: newPartId(),
  title: 'Nouveau bloc',
  aim: '',
  items: [],
});

export const emptyItem = (): EditItem => ({
  id: newPartId(),
  label: 'Nouveau contenu',
  skills: [],
  hours: '',
  modality: null,
  evaluation: '',
  notes: '',
  source: null,
});

export function updateBlock(
  blocks: readonly EditBlock[],
  b: number,
  patch: Partial<Omit<EditBlock, 'id' | 'items'>>,
): EditBlock[] {
  const block = blocks[b];
  return block ? replaceAt(blocks, b, { ...block, ...patch }) : [...blocks];
}

export function updateItems(
  blocks: readonly EditBlock[],
  b: number,
  change: (items: readonly EditItem[]) => EditItem[],
): EditBlock[] {
  const block = blocks[b];
  return block ? replaceAt(blocks, b, { ...block, items: change(block.items) }) : [...blocks];
}

export function updateItem(
  blocks: readonly EditBlock[],
  b: number,
  i: number,
  patch: Partial<Omit<EditItem, 'id'>>,
): EditBlock[] {
  return updateItems(blocks, b, (items) => {
    const item = items[i];
    return item ? replaceAt(items, i, { ...item, ...patch }) : [...items];
  });
}

/** Adds a skill to an item (or sets its level if the item already develops it). */
export function withSkill(item: EditItem, skill: { id: string; label: string }, level: Level) {
  const existing = item.skills.some((s) => s.skillId === skill.id);
  return existing
    ? item.skills.map((s) => (s.skillId === skill.id ? { ...s, level, source: null } : s))
    : [...item.skills, { skillId: skill.id, label: skill.label, level, source: null }];
}

/** What the coverage is measured against: all roles, a path family, a future profile, chosen roles. */
export type TargetChoice =
  | { kind: 'ALL' }
  | { kind: 'FAMILIES'; family: PathFamily }
  | { kind: 'FUTURE_PROFILE'; id: string }
  | { kind: 'ROLES'; roleIds: string[] };

/** The API's target, or null while a choice is incomplete (no role chosen yet). */
export function targetInput(choice: TargetChoice): CoverageTargetInput | null {
  switch (choice.kind) {
    case 'FAMILIES':
      return { kind: 'FAMILIES', families: [choice.family] };
    case 'FUTURE_PROFILE':
      return choice.id ? { kind: 'FUTURE_PROFILE', futureProfileId: choice.id } : null;
    case 'ROLES':
      return choice.roleIds.length > 0 ? { kind: 'ROLES', roleIds: choice.roleIds } : null;
    case 'ALL':
      return { kind: 'ALL' };
  }
}

/** What must be fixed before saving, in French, with where: nothing is sent until it is. */
export function localProblems(blocks: readonly EditBlock[]): string[] {
  const problems: string[] = [];
  blocks.forEach((block, b) => {
    if (block.title.trim() === '') problems.push(`Bloc ${b + 1} : l’intitulé est vide.`);
    block.items.forEach((item, i) => {
      const where = `Bloc ${b + 1}, contenu ${i + 1}`;
      if (item.label.trim() === '') problems.push(`${where} : le libellé est vide.`);
      const hours = item.hours.trim() === '' ? 0 : Number(item.hours.replace(',', '.'));
      if (!Number.isFinite(hours) || hours < 0 || hours > 2000)
        problems.push(`${where} : le volume doit être un nombre d’heures entre 0 et 2 000.`);
    });
  });
  return problems;
}
