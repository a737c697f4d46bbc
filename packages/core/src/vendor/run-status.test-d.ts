import { describe, expectTypeOf, it } from 'vitest';
import type { StatusTable, StatusTableFor } from './run-status.js';

describe('StatusTableFor', () => {
  it('has exactly the spec’s words as keys, so a word the spec adds is a missing property', () => {
    expectTypeOf<keyof StatusTableFor<'queued_up' | 'done'>>().toEqualTypeOf<'queued_up' | 'done'>();
    expectTypeOf<{ queued_up: 'queued' }>().not.toExtend<StatusTableFor<'queued_up' | 'done'>>();
  });

  it('is a StatusTable, so normalizeStatus takes it', () => {
    expectTypeOf<StatusTableFor<'done'>>().toExtend<StatusTable>();
  });
});
