// A file of an export as the core builds it: a relative path (with `/`) and its content as a sequence of text
// chunks, so that 100,000 profiles never have to be one string. The services write the chunks to disk.
export interface ExportFile {
  path: string
  chunks: () => Iterable<string>
}

/** A file's whole content as one string (tests, small files). */
export const fileText = (file: ExportFile): string => [...file.chunks()].join('')
