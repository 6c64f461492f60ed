/**
 * Joins per-module maps of type → field → value (resolvers, costs) into one, refusing a field
 * two modules both give: one would silently shadow the other. `what` says what they give
 * (« resolved », « priced ») in the error.
 */
export function mergeFields<T>(
  parts: readonly object[],
  what: string,
): Record<string, Record<string, T>> {
  const merged: Record<string, Record<string, T>> = {};
  for (const part of parts) {
    // A module's map, as codegen's types and FieldCosts describe it (no index signature).
    const types = Object.entries(part) as [string, Record<string, T | undefined> | undefined][];
    for (const [type, fields] of types) {
      const into = (merged[type] ??= {});
      for (const [field, value] of Object.entries(fields ?? {})) {
        if (value === undefined) continue;
        if (field in into) throw new Error(`${type}.${field} is ${what} by two modules`);
        into[field] = value;
      }
    }
  }
  return merged;
}
