import type { WivProvider } from '@workflow-clients/wiv';
import { describe, expectTypeOf, it } from 'vitest';
import { createWorkflowClient, type WorkflowProvider, type WorkflowRun } from './index.js';

describe('the facade narrows by vendor', () => {
  it('returns the vendor’s own provider type', () => {
    const wiv = createWorkflowClient({ vendor: 'wiv' });
    expectTypeOf(wiv).toEqualTypeOf<WivProvider>();
    expectTypeOf(wiv).toExtend<WorkflowProvider>();
    expectTypeOf(wiv.run).returns.resolves.toExtend<WorkflowRun>();
  });

  it('offers resume and cancel only where the vendor has them', () => {
    const wiv = createWorkflowClient({ vendor: 'wiv' });
    // @ts-expect-error Wiv cannot resume
    void wiv.resume;
    // @ts-expect-error Wiv cannot cancel
    void wiv.cancel;
  });

  it('rejects unknown vendors and options', () => {
    // @ts-expect-error not a vendor
    createWorkflowClient({ vendor: 'acme' });
    // @ts-expect-error the vendor is required
    createWorkflowClient({ apiKey: 'k' });
    // @ts-expect-error not an option
    createWorkflowClient({ vendor: 'wiv', retries: 3 });
  });
});
