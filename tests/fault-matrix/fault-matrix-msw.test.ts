import { defineFaultMatrix } from './fault-matrix.js';
import { createMswTransport } from './fault-transports.js';

// Every fault MSW can stage in-process, for every vendor.
defineFaultMatrix(createMswTransport());
