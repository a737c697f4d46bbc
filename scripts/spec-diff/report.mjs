// The result of a comparison, written for a terminal, a pull-request comment, or a program.
// A result is `{ base, head, specs: [{ slug, file, bump, changes }], packages: [{ name,
// required, pending, covered }], ok }`; only changed specs are listed.
import { vendorPackage } from './affected.mjs';
import { WORKING_TREE } from './source.mjs';

const between = (r, code = (s) => s) =>
  `${code(r.base)} and ${r.head === WORKING_TREE ? 'the working tree' : code(r.head)}`;
const changesetLine = (p) => `"${p.name}": ${p.required}`;

/** The changeset lines that would cover every package the pending changesets leave short. */
export const missingLines = (result) => result.packages.filter((p) => !p.covered).map(changesetLine);

export function renderJson(result) {
  return JSON.stringify(result, null, 2);
}

export function renderText(result) {
  if (!result.specs.length) return `No spec changes between ${between(result)}.`;
  const lines = [];
  for (const spec of result.specs) {
    lines.push(`${vendorPackage(spec.slug)} (${spec.file}): ${spec.bump}`);
    for (const c of spec.changes) lines.push(`  ${c.kind.padEnd(12)} ${c.where}: ${c.message}`);
  }
  lines.push('', `Packages to release, between ${between(result)} (required bump, and the pending changesets'):`);
  const width = Math.max(...result.packages.map((p) => changesetLine(p).length));
  for (const p of result.packages)
    lines.push(`  ${p.covered ? '✅' : '❌'} ${changesetLine(p).padEnd(width)}  pending: ${p.pending}`);
  return lines.join('\n');
}

// Keeps a cell on its row: a pipe would end it, a newline the table.
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s) => `\`${cell(s).replace(/`/g, "'")}\``;

export function renderMarkdown(result) {
  if (!result.specs.length) return `No spec changes between ${between(result, code)}.`;
  const lines = [`## Spec changes between ${between(result, code)}`];
  for (const spec of result.specs) {
    lines.push('', `### ${code(vendorPackage(spec.slug))}: ${spec.bump}`, '', `${code(spec.file)}`, '');
    lines.push('| verdict | where | change |', '| --- | --- | --- |');
    for (const c of spec.changes) lines.push(`| ${c.kind} | ${code(c.where)} | ${cell(c.message)} |`);
  }
  lines.push(
    '',
    '### Affected packages',
    '',
    '| package | required | pending | covered |',
    '| --- | --- | --- | --- |',
  );
  for (const p of result.packages)
    lines.push(`| ${code(p.name)} | ${p.required} | ${p.pending} | ${p.covered ? '✅' : '❌'} |`);
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
  return lines.join('\n');
}
