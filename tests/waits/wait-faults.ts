import type { RegisteredVendor } from 'workflow-clients';

// The waits every vendor is put through, on a real socket, each defined once with what every
// vendor must do: bounded-waits.test.ts asserts it, and the second Reliability table of
// docs/reliability.md is made from it.

export type WaitOutcome =
  /** The wait, stream or listing ended with this error code. */
  | { code: 'timeout' | 'unexpected_response' | 'not_supported'; requests: number; connectionClosed: boolean }
  /** The vendor's runs are final when `run` returns: the wait returns the run as it is. */
  | { code: 'returns the run'; requests: 0 }
  /** The provider has no such method: a compile error, so nothing to run. */
  | { code: 'not offered' };

export interface WaitFault {
  id: 'poll-hangs' | 'stream-silent' | 'page-repeats';
  name: string;
  expected(vendor: RegisteredVendor): WaitOutcome;
}

/** What a wait may overrun its deadline by, on a loaded machine: far below the 60 s a poll is otherwise allowed. */
export const MARGIN_MS = 2_000;
export const WAIT_TIMEOUT_MS = 1_500;
export const IDLE_TIMEOUT_MS = 300;

const polls = (vendor: RegisteredVendor) =>
  vendor === 'interactly' || vendor === 'embedworkflow' || vendor === 'altostrat';

export const waitFaults: WaitFault[] = [
  {
    id: 'poll-hangs',
    name: `\`waitForRun({ timeoutMs: ${WAIT_TIMEOUT_MS} })\` while every poll hangs`,
    expected: (vendor) =>
      polls(vendor)
        ? { code: 'timeout', requests: 1, connectionClosed: true }
        : vendor === 'aitutor'
          ? { code: 'returns the run', requests: 0 }
          : { code: 'not_supported', requests: 0, connectionClosed: false },
  },
  {
    id: 'stream-silent',
    name: `A stream that sends a chunk, then nothing (\`idleTimeoutMs: ${IDLE_TIMEOUT_MS}\`)`,
    expected: (vendor) =>
      vendor === 'aitutor' ? { code: 'timeout', requests: 2, connectionClosed: true } : { code: 'not offered' },
  },
  {
    id: 'page-repeats',
    name: 'A listing whose server answers the same page whatever page is asked',
    expected: (vendor) =>
      vendor === 'interactly' || vendor === 'altostrat'
        ? { code: 'unexpected_response', requests: 2, connectionClosed: false }
        : { code: 'not offered' },
  },
];
