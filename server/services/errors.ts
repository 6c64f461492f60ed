/** Input the user can fix: which field, and why. Becomes BAD_USER_INPUT at the API edge. */
export class UserInputError extends Error {
  constructor(
    readonly field: string,
    /** Why, without the field: « unknown role id "x" ». */
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'UserInputError';
  }
}
