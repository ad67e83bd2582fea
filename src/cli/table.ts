// A plain text table for the terminal: columns padded to their widest cell, long cells cut with an ellipsis.

export function renderTable(
  head: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  maxWidth = 48,
): string {
  const cut = (s: string): string => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s)
  const cells = rows.map((r) => r.map(cut))
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n'
}
