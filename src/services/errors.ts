// Errors of reading input files. Each carries a one-line message meant for the user, as the CLI prints it.

/** The bytes are not text (an image, a PDF, an archive): no decoding makes them a profile. */
export class NotTextError extends Error {
  override readonly name = 'NotTextError'
  constructor(reason: string) {
    super(`not a text file (binary content: ${reason})`)
  }
}

/** A document that cannot be read; the message names the file and the problem. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError'
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`)
  }
}
