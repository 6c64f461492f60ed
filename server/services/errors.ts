/** Input the user can fix: which field, and why. Becomes BAD_USER_INPUT at the API edge. */
export class UserInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'UserInputError';
  }
}
