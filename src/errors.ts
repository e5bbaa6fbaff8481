/** Thrown for a wrong option or configuration; the message says what to do. */
export class WartaConfigError extends Error {
  override readonly name = 'WartaConfigError';
}

/** Thrown by library calls given input they cannot use (e.g. `stem(42)`); the message names the field. */
export class WartaInputError extends Error {
  override readonly name = 'WartaInputError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
