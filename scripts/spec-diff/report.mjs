// The result of a comparison, written for a terminal, a pull-request comment, or a program.
// A result is `{ base, head, specs: [{ slug, file, bump, review, changes }], packages: [{ name,
// required, recorded, changesets, review, covered }], ok }`; only changed specs are listed.
import { vendorPackage } from './affected.mjs';
import { WORKING_TREE } from './source.mjs';

const between = (r, code = (s) => s) =>
  `${code(r.base)} and ${r.head === WORKING_TREE ? 'the working tree' : code(r.head)}`;
const changesetLine = (p) => `"${p.name}": ${p.required}`;

/** The changeset lines that would cover every package no added changeset records at its bump. */
export const missingLines = (result) =>
  result.packages.filter((p) => !p.covered && !p.changesets.length).map(changesetLine);

// Where a package's release is recorded, or what it waits for.
const recordedIn = (p, code = (s) => s) => {
  if (p.review) return 'changes to classify by hand: a changeset line "Classified by hand: ..." settles them';
  if (p.changesets.length) return `recorded in ${p.changesets.map(code).join(', ')}`;
  return p.recorded === 'none'
    ? 'no changeset added since the base names it'
    : `the changesets added ask for ${p.recorded} only`;
};

export function renderJson(result) {
  return JSON.stringify(result, null, 2);
}

export function renderText(result) {
  if (!result.specs.length) return `No spec changes between ${between(result)}.`;
  const lines = [];
  for (const spec of result.specs) {
    const settled = spec.classifiedIn ? ` (classified by hand in ${spec.classifiedIn.join(', ')})` : '';
    lines.push(`${vendorPackage(spec.slug)} (${spec.file}): ${spec.review ? 'review' : spec.bump}${settled}`);
    for (const c of spec.changes) lines.push(`  ${c.kind.padEnd(12)} ${c.where}: ${c.message}`);
  }
  lines.push('', `Packages to release, between ${between(result)} (the bump each needs, and where it is recorded):`);
  const width = Math.max(...result.packages.map((p) => changesetLine(p).length));
  for (const p of result.packages)
    lines.push(`  ${p.covered ? '✅' : '❌'} ${changesetLine(p).padEnd(width)}  ${recordedIn(p)}`);
  return lines.join('\n');
}

// Keeps a cell on its row: a pipe would end it, a newline the table.
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s) => `\`${cell(s).replace(/`/g, "'")}\``;

export function renderMarkdown(result) {
  if (!result.specs.length) return `No spec changes between ${between(result, code)}.`;
  const lines = [`## Spec changes between ${between(result, code)}`];
  const byName = new Map(result.packages.map((p) => [p.name, p]));
  for (const spec of result.specs) {
    const name = vendorPackage(spec.slug);
    const settled = spec.classifiedIn ? `, classified by hand in ${spec.classifiedIn.map(code).join(', ')}` : '';
    lines.push('', `### ${code(name)}: ${spec.review ? 'review' : spec.bump}${settled}`, '', `${code(spec.file)}`);
    lines.push('', `${byName.get(name)?.covered ? '✅' : '❌'} ${recordedIn(byName.get(name), code)}`, '');
    lines.push('| verdict | where | change |', '| --- | --- | --- |');
    for (const c of spec.changes) lines.push(`| ${c.kind} | ${code(c.where)} | ${cell(c.message)} |`);
  }
  lines.push(
    '',
    '### Affected packages',
    '',
    '| package | required | recorded | changesets | covered |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const p of result.packages)
    lines.push(
      `| ${code(p.name)} | ${p.required} | ${p.recorded} | ${p.changesets.map(code).join(', ') || (p.review ? 'classify by hand' : 'none')} | ${p.covered ? '✅' : '❌'} |`,
    );
  const missing = missingLines(result);
  if (missing.length)
    lines.push(
      '',
      'A changeset with these lines covers what is missing (`pnpm changeset`):',
      '',
      '```md',
      '---',
      ...missing,
      '---',
      '```',
    );
  const review = result.packages.filter((p) => p.review);
  if (review.length)
    lines.push(
      '',
      `Changes marked review are differences the classifier does not model: decide each bump by hand and record it in a changeset for ${review.map((p) => code(p.name)).join(', ')} whose text has a line \`Classified by hand: <the verdict, and why>\`.`,
    );
  return lines.join('\n');
}
