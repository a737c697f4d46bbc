#!/usr/bin/env node
// pnpm spec:diff: what each spec change means for a client, and a release gate over it.
//
// Compares every specs/<slug>/openapi.yaml between a base and a head (two commits, or a commit
// and the working tree), classifies each change as breaking / non-breaking / patch
// (spec-diff/classify.mjs), names the packages the changes reach with the bump each needs
// (spec-diff/affected.mjs) and checks that the changesets ADDED since the base ask for at least
// that much (spec-diff/pending-changesets.mjs): changesets already pending at the base record
// earlier changes, so they cover nothing new. A difference the classifier does not model holds
// the gate until a changeset says it was classified by hand. `pnpm test` runs it, so a spec
// change cannot land without the changeset that records it; see USAGE for the flags and exit codes.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { affectedPackages, coverage, settleReviews } from './spec-diff/affected.mjs';
import { diffSpecs } from './spec-diff/classify.mjs';
import { addedChangesets, readChangesets } from './spec-diff/pending-changesets.mjs';
import { missingLines, renderJson, renderMarkdown, renderText } from './spec-diff/report.mjs';
import { commitSource, git, isCommit, treeSource } from './spec-diff/source.mjs';

export { diffSpecs, resolveRefs } from './spec-diff/classify.mjs';

export const USAGE = `Usage: pnpm spec:diff [--base <ref>] [--head <ref>] [--markdown | --json]
       pnpm spec:diff [<base-ref> [<head-ref>]]

Classifies every change of specs/<slug>/openapi.yaml between two versions as breaking,
non-breaking, server moved, patch or review (a difference it does not model) for a client,
names the packages it reaches (the vendor's, the mock @workflow-clients/msw, the facade
workflow-clients) with the bump each needs, and checks that the changesets added since the
base (.changeset/*.md new at the head, or raised since the base) ask for at least that.
Changesets pending at the base cover nothing: they record earlier changes. A review change
is covered only by a changeset for the vendor's package with a line "Classified by hand: ..."
in its text (the person's verdict, and why); its bump then counts as the spec's.

  --base <ref>  the version before (default: the merge base of the head and main; HEAD on main
                itself, or when there is no main branch)
  --head <ref>  the version after (default: the working tree, uncommitted edits included)
  --markdown    a pull-request comment: a table of changes per package, then the packages
  --json        { base, head, specs: [{ slug, file, bump, review, changes }], packages:
                [{ name, required, recorded, changesets, review, covered }], ok }
  -h, --help    this text

Exit status: 0 when every affected package is covered (or nothing changed), 1 when a changeset
is missing, asks for too small a bump or a review change is not classified by hand, 2 on bad
usage or an invalid ref.`;

// Both end the command with status 2; a usage error also reprints the usage.
class Refusal extends Error {}
class UsageError extends Refusal {}

function readOptions(argv) {
  // pnpm forwards the `--` of `pnpm spec:diff -- main`; nothing here needs a separator.
  const args = argv.filter((arg) => arg !== '--');
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        markdown: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's own text suggests a `--` to pass a dash-led positional, which this command drops.
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`unknown option ${/'([^']*)'/.exec(error.message)?.[1]}`);
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  // The positional form is the command's older one: `spec:diff <base> [<head>]`.
  if (positionals.length > 2) throw new UsageError(`too many arguments: ${positionals.join(' ')}`);
  if (positionals[0] !== undefined && values.base !== undefined)
    throw new UsageError('give the base once, as --base or as the first argument');
  if (positionals[1] !== undefined && values.head !== undefined)
    throw new UsageError('give the head once, as --head or as the second argument');
  if (values.markdown && values.json) throw new UsageError('--markdown and --json exclude each other');
  return {
    base: values.base ?? positionals[0],
    head: values.head ?? positionals[1],
    format: values.json ? 'json' : values.markdown ? 'markdown' : 'text',
    help: values.help === true,
  };
}

// The base a branch is reviewed against: where it left main. On main itself that is the head,
// and comparing HEAD with the working tree shows the uncommitted edits.
function defaultBase(root, head, err) {
  if (!isCommit(root, 'main')) {
    err('spec:diff: no `main` branch, so the base is HEAD (pass --base to choose one)');
    return 'HEAD';
  }
  const from = head ?? 'HEAD';
  let base;
  try {
    base = git(root, 'merge-base', from, 'main');
  } catch {
    throw new Refusal(`no merge base between ${from} and main; pass --base`);
  }
  if (base === git(root, 'rev-parse', from)) return head ?? 'HEAD';
  return git(root, 'rev-parse', '--short', base);
}

const SPEC_FILE = /^specs\/([^/]+)\/openapi\.yaml$/;

/** Compares the specs of two sources and checks the head's changesets against what they need. */
export function compare(before, after) {
  const listed = (source) => source.files('specs').filter((path) => SPEC_FILE.test(path));
  const [inBefore, inAfter] = [listed(before), listed(after)];
  const found = [];
  for (const file of [...new Set([...inBefore, ...inAfter])].sort()) {
    const load = (source, files) => (files.includes(file) ? parse(source.read(file)) : undefined);
    const { changes, bump } = diffSpecs(load(before, inBefore), load(after, inAfter));
    const review = changes.some((c) => c.kind === 'review');
    if (bump !== 'none') found.push({ slug: SPEC_FILE.exec(file)[1], file, bump, review, changes });
  }
  if (!found.length) return { base: before.label, head: after.label, specs: [], packages: [], ok: true };
  const added = addedChangesets(readChangesets(before), readChangesets(after));
  const specs = settleReviews(found, added);
  const packages = coverage(affectedPackages(specs), added);
  return { base: before.label, head: after.label, specs, packages, ok: packages.every((p) => p.covered) };
}

const RENDER = { text: renderText, markdown: renderMarkdown, json: renderJson };

/** CLI: returns the exit code; `log` receives the report, `err` the diagnostics. */
export function main(argv = process.argv.slice(2), cwd = process.cwd(), log = console.log, err = console.error) {
  try {
    const options = readOptions(argv);
    if (options.help) {
      log(USAGE);
      return 0;
    }
    let root;
    try {
      root = git(cwd, 'rev-parse', '--show-toplevel');
    } catch {
      throw new Refusal('not inside a git repository');
    }
    for (const ref of [options.base, options.head])
      if (ref !== undefined && !isCommit(root, ref)) throw new Refusal(`invalid git ref "${ref}"`);
    const base = options.base ?? defaultBase(root, options.head, err);
    if (!isCommit(root, base)) throw new Refusal(`invalid git ref "${base}"`);
    const head = options.head === undefined ? treeSource(root) : commitSource(root, options.head);
    const result = compare(commitSource(root, base), head);
    log(RENDER[options.format](result));
    if (result.ok) return 0;
    const lines = missingLines(result);
    if (lines.length) {
      err('spec:diff: no changeset added since the base records these packages; a changeset with these lines does:');
      for (const line of lines) err(`  ${line}`);
      err('Run `pnpm changeset` to write one (pick each package above with its bump).');
    }
    for (const p of result.packages.filter((x) => x.review))
      err(
        `spec:diff: ${p.name} has changes to classify by hand (marked review above): decide the bump, and write it in a changeset for ${p.name} with a line "Classified by hand: <the verdict, and why>".`,
      );
    return 1;
  } catch (error) {
    // Status 1 is the gate's alone, so an unreadable spec or changeset must not end with it.
    err(`spec:diff: ${error instanceof Refusal ? error.message : error.stack}`);
    if (error instanceof UsageError) err(USAGE);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
