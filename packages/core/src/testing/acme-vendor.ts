import type { CallScope } from '../errors/error-factory.js';
import type { VendorDefinition } from '../vendor/vendor-definition.js';

// A vendor for core's own tests, shaped like Wiv under another name, so that core is tested
// without any vendor package. Not part of the build: nothing an entry point exports reaches it.

export const acmeDefinition: VendorDefinition = {
  slug: 'acme',
  name: 'Acme',
  capabilities: { resume: false, cancel: false, idempotency: false, getRun: false, settlesOnReturn: false },
  apiKeyEnvVar: 'WIV_API_KEY',
  defaultBaseUrl: 'https://api.wiv.ai',
  auth: { type: 'apiKeyHeader', header: 'X-API-KEY' },
};

/** The scope of one Acme call that starts a run, carrying `credentials`. */
export const acmeScope = (credentials: readonly string[] = []): CallScope => ({
  vendor: { slug: 'acme', name: 'Acme' },
  credentials: () => credentials,
  read: false,
  replayable: false,
});
