/**
 * A problem an author can fix (a name clash, a missing flag, an unknown id). The authoring
 * commands print its message and hint and exit 1, without a stack trace.
 */
export class AuthoringError extends Error {
  /** What to do about it: a suggestion, a usage line or the content check's report. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = "AuthoringError";
    this.hint = hint;
  }
}

/** The message and hint as the terminal shows them. */
export function describeError(error: AuthoringError): string {
  return error.hint ? `${error.message}\n${error.hint}\n` : `${error.message}\n`;
}
