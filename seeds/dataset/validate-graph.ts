import type { z } from 'zod';
import { formatOrigin, type GraphData, type Origin } from '../../schema/graph-data.js';
import { levelScaleProblem, type ScaleLevel } from '../../schema/level-scale.js';
import { nodeSchemas, type NodeLabel } from '../../schema/nodes.js';
import { relationshipSpecs } from '../../schema/relationships.js';

export interface DatasetError {
  /** "file: path.inside.file" */
  where: string;
  message: string;
}

const at = (origin: Origin, extra: readonly PropertyKey[] = []): string =>
  formatOrigin({ file: origin.file, path: [...origin.path, ...extra] });

function schemaErrors(result: z.ZodSafeParseResult<unknown>, origin: Origin): DatasetError[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    where: at(origin, issue.path),
    message: issue.message,
  }));
}

/**
 * Checks the whole graph before anything is written: node and relationship properties, unique
 * ids per label, endpoints and property references that name existing nodes of the right label,
 * no duplicate relationship, no role without requirements, a level scale whose months grow with
 * rank. Returns every error, not the first.
 */
export function validateGraph(graph: GraphData): DatasetError[] {
  const errors: DatasetError[] = [];
  const labelsById = new Map<string, Set<NodeLabel>>();
  const seen = new Map<string, Origin>();

  for (const node of graph.nodes) {
    errors.push(...schemaErrors(nodeSchemas[node.label].safeParse(node.props), node.origin));
    const key = `${node.label}:${node.props.id}`;
    const first = seen.get(key);
    if (first) {
      errors.push({
        where: at(node.origin),
        message: `duplicate ${node.label} id "${node.props.id}" (first defined at ${at(first)})`,
      });
      continue;
    }
    seen.set(key, node.origin);
    const labels = labelsById.get(node.props.id) ?? new Set<NodeLabel>();
    labels.add(node.label);
    labelsById.set(node.props.id, labels);
  }

  const resolve = (id: string, allowed: readonly NodeLabel[], origin: Origin, role: string) => {
    const matches = allowed.filter((label) => labelsById.get(id)?.has(label));
    if (matches.length === 1) return;
    errors.push({
      where: at(origin),
      message:
        matches.length === 0
          ? `dangling reference: ${role} "${id}" is not a ${allowed.join(' or ')}`
          : `ambiguous reference: "${id}" is a ${matches.join(' and a ')}`,
    });
  };

  const relSeen = new Map<string, Origin>();
  const rolesWithRequirements = new Set<string>();
  for (const rel of graph.relationships) {
    const spec = relationshipSpecs[rel.type];
    errors.push(...schemaErrors(spec.props.safeParse(rel.props), rel.origin));
    resolve(rel.fromId, spec.from, rel.origin, `${rel.type} start`);
    resolve(rel.toId, spec.to, rel.origin, `${rel.type} end`);
    const key = `${rel.type}:${rel.fromId}->${rel.toId}`;
    const first = relSeen.get(key);
    if (first) {
      errors.push({
        where: at(rel.origin),
        message: `duplicate ${rel.type} from "${rel.fromId}" to "${rel.toId}" (first at ${at(first)})`,
      });
    }
    relSeen.set(key, rel.origin);
    if (rel.type === 'REQUIRES') rolesWithRequirements.add(rel.fromId);
  }

  for (const ref of graph.references) resolve(ref.id, [ref.label], ref.origin, 'reference');

  const levels = graph.nodes.filter((node) => node.label === 'Level');
  const scale = levels.map((node) => nodeSchemas.Level.safeParse(node.props));
  const firstLevel = levels[0];
  if (firstLevel && scale.every((parsed) => parsed.success)) {
    const problem = levelScaleProblem(scale.map((parsed) => parsed.data as ScaleLevel));
    if (problem) errors.push({ where: at(firstLevel.origin), message: problem });
  }

  for (const node of graph.nodes) {
    if (node.label === 'Role' && !rolesWithRequirements.has(node.props.id)) {
      errors.push({
        where: at(node.origin),
        message: `role "${node.props.id}" has no requirements`,
      });
    }
  }
  return errors;
}
