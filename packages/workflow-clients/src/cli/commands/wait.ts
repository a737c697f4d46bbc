import { readRunToken } from '@workflow-clients/core';
import { createWorkflowClient, vendors } from '../../create-workflow-client.js';
import { readTimeout } from '../arguments.js';
import { type AnyClient, handleOn, vendorSlug } from '../context.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';
import { followRun } from './follow-run.js';

/**
 * What is wrong with a run token that does not read, in core's words: readRunToken says only
 * that it does not, and any vendor's handle(token) says why (no credential is needed for that).
 */
function tokenProblem(token: string): string {
  for (const vendor of vendors) {
    const client = createWorkflowClient({ vendor }) as AnyClient;
    if (!('handle' in client)) continue;
    try {
      client.handle(token);
    } catch (error) {
      if (error instanceof Error) return error.message;
    }
  }
  return 'This run token cannot be read: it is damaged, or a newer version made it.';
}

/** The run a token names, checked as far as it can be before a vendor is picked for it. */
function readToken(token: string, rest: string[]) {
  if (rest.length > 0)
    throw new UsageError(`wait takes a run token alone, without ${JSON.stringify(rest[0])} after it.`);
  const reference = readRunToken(token);
  if (!reference) throw new UsageError(tokenProblem(token));
  if (!vendorSlug(reference.vendor)) {
    const named = /^[a-z0-9-]{1,40}$/.test(reference.vendor) ? ` (${reference.vendor})` : '';
    throw new UsageError(
      `This run token names a vendor this command line does not know${named}: one of ${vendors.join(', ')}.`,
    );
  }
  return reference;
}

/**
 * `wait <token>` or `wait <vendor> <workflowId> <runId>`: follows a run started earlier (by
 * another process, say) until it settles. One argument that is not a vendor, or one that starts
 * as a token does, is taken for a token, and what is wrong with it said.
 */
export const waitCommand: Command = async (context, args) => {
  const [first, ...rest] = args;
  const isVendor = first !== undefined && vendorSlug(first.toLowerCase()) !== undefined;
  const token = first !== undefined && !isVendor && (rest.length === 0 || /^wcr\d/.test(first)) ? first : undefined;
  const reference = token === undefined ? undefined : readToken(token, rest);
  const [vendorArg, workflowId, runId] = reference ? [reference.vendor, reference.workflowId, reference.runId] : args;
  const vendor = context.vendor(vendorArg);
  if (workflowId === undefined) throw new UsageError('wait needs a workflow id, or a run token.');
  if (runId === undefined) throw new UsageError('wait needs a run id, or a run token.');
  const timeoutMs = readTimeout(context.options.timeout);
  const client = await context.client(vendor.slug);
  if (!('handle' in client))
    return context.notSupported(`${vendor.name} has no endpoint to read a run, so a run cannot be waited for.`);
  const { signal } = context.io;
  const handle = handleOn(
    client,
    token !== undefined ? token : { vendor: vendor.slug, workflowId, runId, status: 'queued', raw: undefined },
  );
  const run = await handle.status(signal ? { signal } : {});
  // A handle on the run as read, which keeps what the token knew (Altostrat's idempotency key).
  return followRun(context, run, (waitOptions) => handleOn(client, run).wait(waitOptions), timeoutMs);
};
