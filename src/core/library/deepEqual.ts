/**
 * Equality of JSON values, as the history and the merge compare fields: arrays in order, objects by their keys
 * (a key holding `undefined` counts as absent, as it does once written to JSON), numbers by value.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => deepEqual(item, b[i]))
  }
  const left = definedKeys(a)
  const right = definedKeys(b)
  if (left.length !== right.length) return false
  const other = b as Record<string, unknown>
  return left.every((k) => Object.hasOwn(other, k) && deepEqual((a as Record<string, unknown>)[k], other[k]))
}

function definedKeys(o: object): string[] {
  return Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
}
