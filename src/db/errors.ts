/** A problem that stops start-up; its message is the one line the operator reads. */
export class DatabaseStartError extends Error {}
