import type { AiTutorProvider } from '@workflow-clients/aitutor';
import type { AltostratProvider, AltostratRun } from '@workflow-clients/altostrat';
import type { EmbedWorkflowProvider } from '@workflow-clients/embedworkflow';
import type { InteractlyProvider, InteractlyRun } from '@workflow-clients/interactly';
import type { WivProvider } from '@workflow-clients/wiv';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CallOptions,
  createWorkflowClient,
  type RegisteredVendor,
  type RunHandle,
  type VendorExpected,
  vendors,
  type WorkflowProvider,
  type WorkflowRun,
} from './index.js';

describe('the facade narrows by vendor', () => {
  it('returns the vendor’s own provider type', () => {
    const wiv = createWorkflowClient({ vendor: 'wiv' });
    expectTypeOf(wiv).toEqualTypeOf<WivProvider>();
    expectTypeOf(wiv).toExtend<WorkflowProvider>();
    expectTypeOf(wiv.run).returns.resolves.toExtend<WorkflowRun>();
    expectTypeOf(createWorkflowClient({ vendor: 'interactly' })).toEqualTypeOf<InteractlyProvider>();
    expectTypeOf(createWorkflowClient({ vendor: 'embedworkflow' })).toEqualTypeOf<EmbedWorkflowProvider>();
    expectTypeOf(createWorkflowClient({ vendor: 'aitutor' })).toEqualTypeOf<AiTutorProvider>();
    expectTypeOf(createWorkflowClient({ vendor: 'altostrat' })).toEqualTypeOf<AltostratProvider>();
  });

  it('offers resume and cancel on Interactly, whose runs take turns', () => {
    const interactly = createWorkflowClient({ vendor: 'interactly' });
    expectTypeOf(interactly.resume).returns.resolves.toEqualTypeOf<InteractlyRun>();
    expectTypeOf(interactly.cancel).parameters.toEqualTypeOf<[string, string, (CallOptions | undefined)?]>();
    expectTypeOf(interactly.capabilities.resume).toEqualTypeOf<true>();
  });

  it('keeps vendor-specific run options on their vendor', () => {
    void createWorkflowClient({ vendor: 'interactly' }).run('5eb7cf5a86d9755df3a6c593', {}, { version: 2 });
    void createWorkflowClient({ vendor: 'embedworkflow' }).run('wf', {}, { userKey: 'u' });
    // @ts-expect-error version is Interactly's option: `'version' does not exist in type 'AltostratRunOptions'`
    void createWorkflowClient({ vendor: 'altostrat' }).run('fl_1', {}, { version: 2 });
    expectTypeOf<Awaited<ReturnType<AiTutorProvider['run']>>['output']['text']>().toEqualTypeOf<string>();
  });

  it('takes an idempotency key only where the vendor deduplicates runs by one', () => {
    const key = { idempotencyKey: 'order-42' };
    void createWorkflowClient({ vendor: 'altostrat' }).run('fl_1', {}, key);
    // @ts-expect-error Wiv does not deduplicate: `not assignable to type 'NotOffered<"this vendor does not deduplicate runs by idempotency key">`
    void createWorkflowClient({ vendor: 'wiv' }).run('wf', {}, key);
    // @ts-expect-error Interactly does not deduplicate: `'InteractlyRunOptions'`, `Types of property 'idempotencyKey' are incompatible`
    void createWorkflowClient({ vendor: 'interactly' }).run('5eb7cf5a86d9755df3a6c593', {}, key);
    // @ts-expect-error Embed Workflow documents no idempotency header: `'EmbedWorkflowRunOptions'`, `Types of property 'idempotencyKey'`
    void createWorkflowClient({ vendor: 'embedworkflow' }).run('wf', {}, key);
    // @ts-expect-error AI Tutor does not deduplicate: `Types of property 'idempotencyKey' are incompatible`
    void createWorkflowClient({ vendor: 'aitutor' }).run('wf', {}, key);
    // Not as an object literal either, where excess-property checks would not apply.
    const options: { signal?: AbortSignal; idempotencyKey: string } = key;
    // @ts-expect-error a variable holding a key is refused too: `Type 'string' is not assignable to type 'NotOffered<`
    void createWorkflowClient({ vendor: 'wiv' }).run('wf', {}, options);
  });

  it('offers run handles only where the vendor can read a run back, and cancel only where it can cancel', () => {
    const token = 'wcr1.x';
    expectTypeOf(createWorkflowClient({ vendor: 'altostrat' }).handle(token)).toEqualTypeOf<RunHandle<AltostratRun>>();
    expectTypeOf(
      createWorkflowClient({ vendor: 'interactly' }).handle(token).cancel,
    ).returns.resolves.toEqualTypeOf<InteractlyRun>();
    expectTypeOf(
      createWorkflowClient({ vendor: 'embedworkflow' }).handle(token).wait,
    ).returns.resolves.toExtend<WorkflowRun>();
    // @ts-expect-error Altostrat runs cannot be cancelled: `Property 'cancel' does not exist on type 'RunHandle<AltostratRun>'`
    void createWorkflowClient({ vendor: 'altostrat' }).handle(token).cancel;
    // @ts-expect-error Wiv cannot read a run back: `Property 'handle' does not exist on type 'WivProvider'`
    void createWorkflowClient({ vendor: 'wiv' }).handle;
    // @ts-expect-error AI Tutor runs have finished when they return: `Property 'handle' does not exist on type 'AiTutorProvider'`
    void createWorkflowClient({ vendor: 'aitutor' }).handle;
  });

  it('lists runs as runs only where the vendor has a listing', () => {
    expectTypeOf(createWorkflowClient({ vendor: 'altostrat' }).listRuns('fl_1')).toExtend<AsyncIterable<WorkflowRun>>();
    expectTypeOf(createWorkflowClient({ vendor: 'interactly' }).listRuns()).toExtend<AsyncIterable<WorkflowRun>>();
    // @ts-expect-error Wiv documents no listing: `Property 'listRuns' does not exist on type 'WivProvider'`
    void createWorkflowClient({ vendor: 'wiv' }).listRuns;
    // @ts-expect-error Embed Workflow documents no listing: `Property 'listRuns' does not exist on type 'EmbedWorkflowProvider'`
    void createWorkflowClient({ vendor: 'embedworkflow' }).listRuns;
    // @ts-expect-error AI Tutor documents no listing: `Property 'listRuns' does not exist on type 'AiTutorProvider'`
    void createWorkflowClient({ vendor: 'aitutor' }).listRuns;
  });

  it('narrows through a generic vendor', () => {
    const make = <V extends 'wiv' | 'altostrat'>(vendor: V) => createWorkflowClient({ vendor });
    expectTypeOf(make('altostrat').capabilities.idempotency).toEqualTypeOf<true>();
  });

  it('offers no resume or cancel where the vendor has none', () => {
    const wiv = createWorkflowClient({ vendor: 'wiv' });
    // @ts-expect-error Altostrat cannot resume: `Property 'resume' does not exist on type 'AltostratProvider'`
    void createWorkflowClient({ vendor: 'altostrat' }).resume;
    // @ts-expect-error AI Tutor runs are synchronous: `Property 'cancel' does not exist on type 'AiTutorProvider'`
    void createWorkflowClient({ vendor: 'aitutor' }).cancel;
    // @ts-expect-error Wiv cannot resume: `Property 'resume' does not exist on type 'WivProvider'`
    void wiv.resume;
    // @ts-expect-error Wiv cannot cancel: `Property 'cancel' does not exist on type 'WivProvider'`
    void wiv.cancel;
  });

  it('offers getRun only where the vendor can read a run back, and waitForRun everywhere', () => {
    expectTypeOf(createWorkflowClient({ vendor: 'altostrat' }).getRun).toBeFunction();
    expectTypeOf(createWorkflowClient({ vendor: 'interactly' }).getRun).toBeFunction();
    expectTypeOf(createWorkflowClient({ vendor: 'embedworkflow' }).getRun).toBeFunction();
    // @ts-expect-error Wiv documents no endpoint to read a run: `'getRun' does not exist on type 'WivProvider'`
    void createWorkflowClient({ vendor: 'wiv' }).getRun;
    // @ts-expect-error AI Tutor runs are final when run() returns: `'getRun' does not exist on type 'AiTutorProvider'`
    void createWorkflowClient({ vendor: 'aitutor' }).getRun;
    expectTypeOf(createWorkflowClient({ vendor: 'wiv' }).waitForRun).toBeFunction();
    expectTypeOf(createWorkflowClient({ vendor: 'wiv' }).capabilities.getRun).toEqualTypeOf<false>();
  });

  it('rejects unknown vendors and options', () => {
    // @ts-expect-error not a vendor: `Type '"no-such-vendor"' is not assignable to type '"pass one of: wiv`
    createWorkflowClient({ vendor: 'no-such-vendor' });
    // @ts-expect-error the vendor is required: `Property 'vendor' is missing`
    createWorkflowClient({ apiKey: 'k' });
    // @ts-expect-error not an option: `'retries' does not exist in type`
    createWorkflowClient({ vendor: 'wiv', retries: 3 });
  });
});

describe('what the compiler says about a mistake', () => {
  const anyVendor = 'wiv' as string;

  it('names the vendors when the vendor is not one, or not yet known to be one', () => {
    // @ts-expect-error a string not checked against the vendors list: `pass one of: wiv, interactly, embedworkflow, aitutor, altostrat`
    createWorkflowClient({ vendor: anyVendor });
    // @ts-expect-error a capital letter: `Type '"Wiv"' is not assignable to type '"pass one of: wiv, interactly`
    createWorkflowClient({ vendor: 'Wiv' });
  });

  it('lists every registered vendor in that message, and nothing else', () => {
    type Listed = VendorExpected extends `pass one of: ${infer List}` ? List : never;
    type Split<S extends string> = S extends `${infer Head}, ${infer Rest}` ? Head | Split<Rest> : S;
    expectTypeOf<Split<Listed>>().toEqualTypeOf<RegisteredVendor>();
  });

  it('refuses a run of another vendor, and keeps the vendor through a wait and a handle', async () => {
    const wiv = createWorkflowClient({ vendor: 'wiv' });
    const altostrat = createWorkflowClient({ vendor: 'altostrat' });
    const interactly = createWorkflowClient({ vendor: 'interactly' });
    const wivRun = await wiv.run('wf');
    // @ts-expect-error a Wiv run given to Altostrat: `Type '"wiv"' is not assignable to type '"altostrat"'`
    void altostrat.waitForRun(wivRun);
    // @ts-expect-error nor to its handles: `Type '"wiv"' is not assignable to type '"interactly"'`
    void interactly.handle(wivRun);
    const altostratRun = await altostrat.run('fl_1');
    expectTypeOf(await altostrat.waitForRun(altostratRun)).toEqualTypeOf<AltostratRun>();
    expectTypeOf((await altostrat.waitForRun(altostratRun)).vendor).toEqualTypeOf<'altostrat'>();
    expectTypeOf((await altostrat.handle(altostratRun).wait()).vendor).toEqualTypeOf<'altostrat'>();
    expectTypeOf(
      (await interactly.waitForRun(await interactly.run('5eb7cf5a86d9755df3a6c593'))).vendor,
    ).toEqualTypeOf<'interactly'>();
    for await (const listed of interactly.listRuns()) expectTypeOf(listed.vendor).toEqualTypeOf<'interactly'>();
    expectTypeOf((await wiv.waitForRun(wivRun)).vendor).toEqualTypeOf<'wiv'>();
  });

  it('takes any run where the client is held as a WorkflowProvider, for a vendor chosen at run time', async () => {
    const chosen = vendors[0] as RegisteredVendor;
    const provider: WorkflowProvider = createWorkflowClient({ vendor: chosen });
    const run: WorkflowRun = await provider.run('wf');
    expectTypeOf(provider.waitForRun(run)).resolves.toExtend<WorkflowRun>();
  });

  it('says why an idempotency key is refused where the vendor does not deduplicate', () => {
    // @ts-expect-error `NotOffered<"this vendor does not deduplicate runs by idempotency key">`
    void createWorkflowClient({ vendor: 'wiv' }).run('wf', {}, { idempotencyKey: 'order-42' });
  });
});
