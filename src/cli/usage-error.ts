/** A mistake in how the command was called: the message is shown as is, and the exit code is 2. */
export class UsageError extends Error {}
