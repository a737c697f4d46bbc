import { invalidInput, plainError } from '../errors/error-factory.js';
import { ownOptions } from '../guards/own-options.js';
import { watchAbort } from '../utils/abort-race.js';
import type { CallOptions, WaitOptions, WorkflowRun } from '../vendor/provider.js';
import type { VendorInfo } from '../vendor/vendor-definition.js';
import { followRun } from './wait-for-run.js';
import { checkWait, checkWaitOptions, isSettled } from './wait-without-polling.js';

/** What a run token holds: enough to find the run again, and never a credential. */
export interface RunReference {
  vendor: string;
  workflowId: string;
  runId: string;
  /** The key the run was started with, where the vendor deduplicates by one. */
  idempotencyKey?: string | undefined;
}

/** The options of `updates()`: those of `waitForRun` but `onProgress`, which the iterator replaces. */
export type UpdateOptions = Omit<WaitOptions, 'onProgress'>;

/**
 * A run to follow, from the run itself or from its token in another process. `String(handle)`
 * (or `JSON.stringify`) gives the token: URL-safe, versioned, free of credentials.
 */
export interface RunHandle<Run extends WorkflowRun = WorkflowRun> extends Readonly<RunReference> {
  /** The run as it stands now: a fresh read. */
  status(options?: CallOptions): Promise<Run>;
  /** Resolves once the run settles or waits for input, as `waitForRun` does. */
  wait(options?: WaitOptions<Run['raw']>): Promise<Run>;
  /**
   * Each status the run goes through, once and in order, as polling finds it (the first as it
   * stands now), ending after the run settles or waits for input. A status a server reports
   * again, or a step back (running, then queued), is not repeated. Leaving the loop stops the
   * polling; `timeoutMs` bounds it all, the first read included, and `signal` ends it whenever
   * it aborts: before, during a read, or while the loop's body runs.
   */
  updates(options?: UpdateOptions): AsyncIterableIterator<Run>;
  /** The run token. */
  toString(): string;
  toJSON(): string;
}

/** A handle on a run of a vendor that can cancel one. */
export interface CancellableRunHandle<Run extends WorkflowRun = WorkflowRun, Cancelled = Run> extends RunHandle<Run> {
  /** Stops the run. */
  cancel(options?: CallOptions): Promise<Cancelled>;
}

const TOKEN_VERSION = 1;
const TOKEN = /^wcr(\d{1,4})\.([A-Za-z0-9_-]+)$/;
// Far above any real token (a few hundred characters), far below what would cost anything to read.
const MAX_TOKEN_CHARS = 4096;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The run token of a run: `wcr1.` and the reference as base64url JSON. */
export function encodeRunToken(reference: RunReference): string {
  const { vendor, workflowId, runId, idempotencyKey } = reference;
  return `wcr${TOKEN_VERSION}.${toBase64Url(JSON.stringify({ vendor, workflowId, runId, idempotencyKey }))}`;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

type TokenReading = { reference: RunReference } | { problem: string; cause?: unknown };

function readToken(token: string): TokenReading {
  const match = typeof token === 'string' && token.length <= MAX_TOKEN_CHARS ? TOKEN.exec(token) : null;
  if (!match) return { problem: 'This is not a run token: a run token starts with "wcr".' };
  if (Number(match[1]) !== TOKEN_VERSION) {
    return {
      problem: `This run token is of version ${match[1]}, and this client reads version ${TOKEN_VERSION}: a newer client made it.`,
    };
  }
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(fromBase64Url(match[2] as string));
  } catch (cause) {
    return { problem: 'This run token is damaged: its contents do not decode.', cause };
  }
  const { vendor, workflowId, runId, idempotencyKey } = fields ?? {};
  if (!isId(vendor) || !isId(workflowId) || !isId(runId) || !(idempotencyKey === undefined || isId(idempotencyKey))) {
    return { problem: 'This run token is damaged: it does not name a run.' };
  }
  return { reference: { vendor, workflowId, runId, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) } };
}

/**
 * The run a token names, whichever vendor's it is: for a program that keeps tokens of several
 * vendors and must pick the client to resume one with. Undefined when it is not a token this
 * version reads; the vendor's `handle(token)` says why.
 */
export function readRunToken(token: string): RunReference | undefined {
  const reading = readToken(token);
  return 'reference' in reading ? reading.reference : undefined;
}

/**
 * The run a token names, for this vendor; a token of another vendor, of an unknown version, or
 * not a token at all is `invalid_input`. No message quotes the token.
 */
export function decodeRunToken(vendor: VendorInfo, token: string): RunReference {
  const reading = readToken(token);
  if ('problem' in reading) throw invalidInput(vendor, reading.problem, reading.cause);
  const { reference } = reading;
  if (reference.vendor !== vendor.slug) {
    throw invalidInput(
      vendor,
      `This run token names a run of another vendor (${clipSlug(reference.vendor)}), not of ${vendor.name}.`,
    );
  }
  return reference;
}

const clipSlug = (slug: string) => (/^[a-z0-9-]{1,40}$/.test(slug) ? slug : 'unnamed');

/** What a handle needs of its provider. */
export interface HandleOperations<Run extends WorkflowRun, Cancelled> {
  getRun(workflowId: string, runId: string, options?: CallOptions): Promise<Run>;
  cancel?: ((workflowId: string, runId: string, options?: CallOptions) => Promise<Cancelled>) | undefined;
}

/** The patterns the vendor's spec gives the ids a handle holds, where it gives one. */
export interface HandleIdPatterns {
  workflowId?: RegExp | undefined;
  runId?: RegExp | undefined;
}

/** Why `updates()` stopped its own wait: the caller left the loop. */
const LEFT = Symbol('left the loop');

/** How far along a run is: a status reported again, or a step back, is not news. */
function progressOf(status: WorkflowRun['status']): number {
  return status === 'queued' ? 0 : status === 'running' ? 1 : 2;
}

// The C0 and C1 controls and DEL: nothing an id holds, and what a terminal takes for commands.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_ID_CHARS = 1024;

/**
 * Refuses ids a handle could not safely hold: a token is input from anywhere (a queue, a URL, a
 * file), so its ids are checked as the vendor's spec checks them before any request, and
 * nothing that could steer a terminal that prints them, or a path they go into, is let in.
 */
function checkIds(vendor: VendorInfo, reference: RunReference, patterns: HandleIdPatterns, from: string): void {
  for (const field of ['workflowId', 'runId'] as const) {
    const value = reference[field];
    const refuse = (why: string) => invalidInput(vendor, `${from} names a ${field} that ${why}, so it was refused.`);
    if (value.length > MAX_ID_CHARS) throw refuse(`is longer than ${MAX_ID_CHARS} characters`);
    if (CONTROL.test(value)) throw refuse('holds a control character');
    if (value === '.' || value === '..') throw refuse('is a dot segment');
    if (LONE_SURROGATE.test(value)) throw refuse('is not well-formed Unicode');
    const pattern = patterns[field];
    if (pattern && !pattern.test(value)) throw refuse(`does not match ${pattern.source}`);
  }
}

/** A provider's `handle(runOrToken)`, for a vendor that can read a run back. */
export function runHandles<Run extends WorkflowRun, Cancelled = never>(
  vendor: VendorInfo,
  operations: HandleOperations<Run, Cancelled>,
  patterns: HandleIdPatterns = {},
): (runOrToken: WorkflowRun | string) => CancellableRunHandle<Run, Cancelled> {
  return (runOrToken) => {
    let reference: RunReference;
    let known: Run | undefined;
    if (typeof runOrToken === 'string') {
      reference = decodeRunToken(vendor, runOrToken);
      checkIds(vendor, reference, patterns, 'This run token');
    } else {
      checkWait(vendor, runOrToken, {});
      if (!runOrToken.runId || !runOrToken.workflowId)
        throw invalidInput(vendor, `This ${vendor.name} run has no runId to follow.`);
      const key = (runOrToken as { idempotencyKey?: unknown }).idempotencyKey;
      reference = {
        vendor: vendor.slug,
        workflowId: runOrToken.workflowId,
        runId: runOrToken.runId,
        ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
      };
      checkIds(vendor, reference, patterns, `This ${vendor.name} run`);
      known = runOrToken as Run;
    }
    const { workflowId, runId, idempotencyKey } = reference;
    const token = encodeRunToken(reference);
    // A run read back does not say which key started it; the handle does, so its runs keep it
    // (and a handle made from one of them has the same token).
    const keep = <R extends WorkflowRun>(run: R): R =>
      idempotencyKey === undefined || 'idempotencyKey' in run ? run : { ...run, idempotencyKey };
    const status = async (options?: CallOptions) => keep(await operations.getRun(workflowId, runId, options));
    const follow = (options: WaitOptions<Run['raw']>) =>
      followRun(vendor, operations.getRun, { workflowId, runId, run: known }, options);
    const aborted = (signal: AbortSignal) =>
      plainError(vendor, 'aborted', `Following the ${vendor.name} run was aborted by the caller.`, signal.reason);

    async function* updates(options: UpdateOptions): AsyncGenerator<Run, void, undefined> {
      const { signal } = options;
      if (signal?.aborted) throw aborted(signal);
      const found: Run[] = [];
      let reached = -1;
      let wake = () => {};
      const report = (run: Run) => {
        const progress = progressOf(run.status);
        if (progress <= reached) return;
        reached = progress;
        found.push(keep(run));
        wake();
      };
      if (known) report(known);
      let outcome: { error?: unknown } | undefined = known && isSettled(known) ? {} : undefined;
      // The wait polls on its own, from the first call to next() on, inside one deadline; leaving
      // the loop aborts it, and so does the caller's signal, whenever it fires.
      const stop = new AbortController();
      const unwatch = signal ? watchAbort(signal, () => stop.abort(signal.reason)) : () => {};
      const waiting = outcome
        ? Promise.resolve()
        : follow({ ...options, signal: stop.signal, onProgress: (run) => report(run as Run) })
            .then(
              () => {
                outcome = {};
              },
              (error: unknown) => {
                outcome = { error: signal?.aborted ? aborted(signal) : error };
              },
            )
            .finally(() => wake());
      try {
        for (;;) {
          for (let run = found.shift(); run; run = found.shift()) {
            yield run;
            // Aborted while the caller handled this update: no further update is news to it.
            if (signal?.aborted) throw aborted(signal);
          }
          if (outcome) {
            if ('error' in outcome) throw outcome.error;
            return;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      } finally {
        if (!outcome) stop.abort(LEFT);
        unwatch();
        await waiting;
      }
    }

    const handle: CancellableRunHandle<Run, Cancelled> = {
      ...reference,
      status,
      async wait(options) {
        return keep(await follow(options ?? {}));
      },
      updates(options = {}) {
        // Checked here, so a bad option fails at the call, before anything is read.
        const own = ownOptions(vendor, options);
        checkWaitOptions(vendor, own);
        return updates(own);
      },
      cancel: (options) => {
        if (!operations.cancel) throw invalidInput(vendor, `${vendor.name} runs cannot be cancelled.`);
        return operations.cancel(workflowId, runId, options);
      },
      toString: () => token,
      toJSON: () => token,
    };
    if (!operations.cancel) delete (handle as Partial<typeof handle>).cancel;
    return Object.freeze(handle);
  };
}
