// Accumulates inline text into Markdown-ish lines: the line and block breaks, list prefixes and table cells that
// the HTML walker asks for. Separate from the walk so that each stays readable.
import { normaliseLine } from './plainToLines'
import { stripTags } from './stripTags'

export class HtmlLineWriter {
  readonly lines: string[] = []
  private buffer = ''
  private prefix = ''
  /** Open lists and table cells: inside them a block break is only a line break, or a space in a cell. */
  listDepth = 0
  cellDepth = 0
  preDepth = 0

  get length(): number {
    return this.buffer.length
  }

  text(text: string): void {
    if (this.preDepth === 0 || this.cellDepth > 0) {
      this.buffer += text
      return
    }
    text.split(/\r\n|\n|\r/).forEach((part, i) => {
      if (i > 0) this.lineBreak()
      this.buffer += part
    })
  }

  /** Replaces the inline text from `start` on (the label of a link that just closed). */
  wrap(start: number, wrapper: (inner: string) => string): void {
    this.buffer = this.buffer.slice(0, start) + wrapper(this.buffer.slice(start))
  }

  /** Ends the current line; the pending prefix waits for the next line that has text. */
  lineBreak(): void {
    if (this.cellDepth > 0) {
      this.buffer += ' '
      return
    }
    const text = normaliseLine(stripTags(this.buffer).replace(/\s+/g, ' '))
    this.buffer = ''
    if (text === '') return
    this.lines.push(this.prefix + text)
    this.prefix = ''
  }

  /** Ends the current block: a blank line, except between the items of a list. */
  blockBreak(): void {
    this.lineBreak()
    if (this.cellDepth > 0 || this.listDepth > 0) return
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('')
  }

  /** Starts a line that begins with `prefix` (`# `, `- `, `1. `). */
  startLine(prefix: string): void {
    this.lineBreak()
    if (this.cellDepth === 0) this.prefix = prefix
  }

  endLine(): void {
    this.lineBreak()
    this.prefix = ''
  }

  finish(): string[] {
    this.lineBreak()
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop()
    return this.lines
  }
}
