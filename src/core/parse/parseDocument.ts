// One entry for every input format: text-like documents go through the layout parsers, JSON and CSV
// already hold profiles in the model's shape.
import { htmlToLines } from '../input/htmlToLines'
import { markdownToLines } from '../input/markdownToLines'
import { textToLines } from '../input/plainToLines'
import { parseLines } from './parse'
import type { ParsedDocument, SourceInfo } from './types'

export type TextFormat = 'txt' | 'md' | 'html'

const TO_LINES: Record<TextFormat, (text: string) => string[]> = {
  txt: textToLines,
  md: markdownToLines,
  html: htmlToLines,
}

/** Parses a text, Markdown or HTML document held in memory (a paste, or a file already read). */
export function parseText(text: string, format: TextFormat, source: SourceInfo): ParsedDocument {
  return parseLines(TO_LINES[format](text), source)
}
