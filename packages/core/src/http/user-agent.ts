const coreVersion = __PACKAGE_VERSION__;

interface RuntimeGlobals {
  process?: { versions?: { node?: string; bun?: string } };
  Deno?: { version?: { deno?: string } };
  EdgeRuntime?: unknown;
  navigator?: { userAgent?: string };
  document?: unknown;
}

/** The runtime's name and version, as the User-Agent gives it; undefined in a browser, which sends its own. */
function runtime(): string | undefined {
  const globals = globalThis as RuntimeGlobals;
  if (globals.Deno?.version?.deno) return `deno/${globals.Deno.version.deno}`;
  const versions = globals.process?.versions;
  if (versions?.bun) return `bun/${versions.bun}`;
  if (globals.EdgeRuntime !== undefined) return 'edge-light';
  if (versions?.node) return `node/${versions.node}`;
  if (globals.document !== undefined) return undefined;
  return globals.navigator?.userAgent === 'Cloudflare-Workers' ? 'workerd' : undefined;
}

/**
 * `workflow-clients/<core version> <vendor>/<its package's version> <runtime>/<version>`: who sent a
 * request, for the vendor's logs and support. Undefined in a browser, which does not let a page
 * choose its User-Agent.
 */
export function userAgent(vendor: string, vendorVersion: string | undefined): string | undefined {
  const host = runtime();
  return host && `workflow-clients/${coreVersion} ${vendor}/${vendorVersion ?? 'dev'} ${host}`;
}
