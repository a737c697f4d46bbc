import { readMessageOrError } from '@workflow-clients/core/internal';

/**
 * The reason in a Wiv error body (the spec's `WivError`): Wiv documents none, so its gateway's
 * `message`, or else `error`.
 */
export const readWivError: (body: unknown) => string | undefined = readMessageOrError;
