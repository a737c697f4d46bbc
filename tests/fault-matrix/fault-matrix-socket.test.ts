import { defineFaultMatrix } from './fault-matrix.js';
import { createSocketTransport } from './fault-transports.js';

// Every fault on a real loopback socket, for every vendor, including those only a socket has.
defineFaultMatrix(createSocketTransport());
