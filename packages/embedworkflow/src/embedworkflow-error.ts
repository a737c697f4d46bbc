import { readMessageOrError } from '@workflow-clients/core/internal';

/** The reason in an Embed Workflow error body (the spec's `EmbedWorkflowError`): `message`, or else `error`. */
export const readEmbedWorkflowError: (body: unknown) => string | undefined = readMessageOrError;
