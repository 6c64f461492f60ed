interface Part {
  inputs: string[];
  stamp: string;
}
export const ROOT: string;
export const PARTS: { server: Part; web: Part };
export function filesUnder(entry: string): string[];
export function isStale(root: string, part: Part): boolean;
export function buildParts(names: ('server' | 'web')[]): Promise<void>;
export function staleParts(root?: string): ('server' | 'web')[];
