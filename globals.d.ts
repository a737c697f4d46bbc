/**
 * The version of the package whose code this is, from its package.json: for its User-Agent and
 * its tracer. Written into the build by tsup.shared.ts's `define`, and into code its tests run from source
 * by vitest.shared.ts (package-version.ts reads it); declared here once for every package's
 * sources, through tsconfig.base.json's `files`.
 */
declare const __PACKAGE_VERSION__: string;
