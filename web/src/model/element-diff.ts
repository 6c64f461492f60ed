import type { ElementDefinition } from 'cytoscape';

export interface ElementChange {
  /** Ids to remove: shown now, not wanted. */
  removed: string[];
  /** Wanted and not shown: to add (nodes before edges, as given). */
  added: ElementDefinition[];
  /** Shown and wanted, with data that changed. */
  updated: { id: string; data: Record<string, unknown> }[];
  /** Shown and wanted at another given position (preset layouts). */
  moved: { id: string; position: Position }[];
}

interface Position {
  x: number;
  y: number;
}

export interface ShownElement {
  id: string;
  data: Record<string, unknown>;
  position?: Position | undefined;
}

const idOf = (element: ElementDefinition): string => String(element.data.id);

const sameData = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  return true;
};

/**
 * What turns the elements a Cytoscape instance shows into the wanted ones, so the instance can
 * be kept (and its layout left alone when only data changed). An edge whose endpoints change is
 * removed and added, since Cytoscape cannot move an edge.
 */
export function elementChanges(
  shown: readonly ShownElement[],
  wanted: readonly ElementDefinition[],
): ElementChange {
  const shownById = new Map(shown.map((element) => [element.id, element]));
  const wantedIds = new Set(wanted.map(idOf));
  const removed = shown.map((e) => e.id).filter((id) => !wantedIds.has(id));
  const added: ElementDefinition[] = [];
  const updated: ElementChange['updated'] = [];
  const moved: ElementChange['moved'] = [];
  for (const element of wanted) {
    const id = idOf(element);
    const data = element.data as Record<string, unknown>;
    const before = shownById.get(id);
    if (!before) {
      added.push(element);
      continue;
    }
    if (before.data.source !== data.source || before.data.target !== data.target) {
      removed.push(id);
      added.push(element);
      continue;
    }
    if (!sameData(before.data, data)) updated.push({ id, data });
    const position = element.position;
    const was = before.position;
    if (position && (!was || was.x !== position.x || was.y !== position.y))
      moved.push({ id, position: { x: position.x, y: position.y } });
  }
  return { removed, added, updated, moved };
}
