// Reading cells of the flat (CSV) form: numbers as spreadsheets write them, and JSON-encoded lists.

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i
/** Thousands grouped with commas or spaces (`1,200,000`, `1 200 000`), as spreadsheets format them. */
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:([, ])\d{3})(?:\1\d{3})*(?:\.\d+)?$/

/** An empty cell is null; anything but a plain or thousands-grouped number is an error (`4,5` is ambiguous). */
export function numberCell(cell: string): { value: number | null } | { error: string } {
  if (cell === '') return { value: null }
  const compact = GROUPED_NUMBER.test(cell) ? cell.replace(/[, ]/g, '') : cell
  if (!PLAIN_NUMBER.test(compact)) return { error: `not a number: "${cell}"` }
  const value = Number(compact)
  return Number.isFinite(value) ? { value } : { error: `number out of range: "${cell}"` }
}

/** An empty cell is an empty list; otherwise the cell must hold JSON (its shape is checked by the schema). */
export function jsonCell(cell: string): { value: unknown } | { error: string } {
  if (cell === '') return { value: [] }
  try {
    return { value: JSON.parse(cell) as unknown }
  } catch (error) {
    return { error: `invalid JSON (${error instanceof Error ? error.message : String(error)})` }
  }
}
