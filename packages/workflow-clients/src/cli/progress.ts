import type { WorkflowRun } from '@workflow-clients/core';
import type { ProgressOutput } from './io.js';
import { printable } from './terminal-text.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Shows a wait on stderr: a spinner with the status and the time waited on a terminal, one
 * plain line per status change when piped (a log file has no use for a spinner's frames).
 */
export function createProgress(output: ProgressOutput, given: string, start: WorkflowRun) {
  const started = Date.now();
  // The label names the run by its ids, which come from a server or a token: printed as text.
  const label = printable(given);
  // The run's own status from the start: the wait begins from what `run` answered.
  let status: string = printable(start.status);
  let frame = 0;
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  const timer = output.isTTY
    ? setInterval(() => {
        frame = (frame + 1) % FRAMES.length;
        output.write(`\r${FRAMES[frame]} ${label}: ${status} (${elapsed()})\u001b[K`);
      }, 100)
    : undefined;
  if (!output.isTTY) output.write(`${label}: ${status}\n`);
  return {
    update(run: WorkflowRun) {
      if (printable(run.status) === status) return;
      status = printable(run.status);
      if (!output.isTTY) output.write(`${label}: ${status} after ${elapsed()}\n`);
    },
    stop() {
      if (timer) {
        clearInterval(timer);
        output.write('\r\u001b[K');
      }
    },
  };
}
