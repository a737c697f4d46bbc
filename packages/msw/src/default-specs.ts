import type { MockedSpecs } from '@workflow-clients/mock-engine';
import { specs } from './generated/index.js';

/** The specs a caller chose, or else every vendor's as this package embeds it. */
export function specsOrDefault<Vendor extends string>(chosen: MockedSpecs<Vendor> | undefined): MockedSpecs<Vendor> {
  return chosen ?? (specs as unknown as MockedSpecs<Vendor>);
}
