import type { PlanningContext } from '../domain/planning-context.js';
import type { SkillRecord } from '../domain/records.js';
import type { ApiContext } from './context.js';

/**
 * Lookups by id through the planning graph, for the type resolvers of every part of the API. An
 * id the graph does not hold is a bug of ours (the records come from the same graph): it throws.
 */

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`dangling ${what}`);
  return value;
}

export type Lookup<T> = (p: PlanningContext, id: string) => T;

export const role = (p: PlanningContext, id: string) => found(p.role(id), `role ${id}`);
export const skill = (p: PlanningContext, id: string): SkillRecord =>
  found(p.graph.skills.get(id), `skill ${id}`);
export const block = (p: PlanningContext, id: string) => found(p.block(id), `block ${id}`);
export const item = (p: PlanningContext, id: string) => found(p.item(id), `item ${id}`);
export const futureProfile = (p: PlanningContext, id: string) =>
  found(p.graph.futureProfiles.get(id), `future profile ${id}`);

/** A field holding one id, resolved through the planning graph. */
export const one =
  <P, T>(lookup: Lookup<T>, idOf: (parent: P) => string) =>
  async (parent: P, _: unknown, ctx: ApiContext) =>
    lookup(await ctx.planning(), idOf(parent));

/** A field holding a list of ids, resolved through the planning graph. */
export const many =
  <P, T>(lookup: Lookup<T>, idsOf: (parent: P) => readonly string[]) =>
  async (parent: P, _: unknown, ctx: ApiContext) => {
    const p = await ctx.planning();
    return idsOf(parent).map((id) => lookup(p, id));
  };
