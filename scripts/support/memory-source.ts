// One side of a spec-diff comparison held in memory, shaped like scripts/spec-diff/source.mjs's,
// and the changeset files the gate reads.

/** Files by path: `files(dir)` lists those under dir, `read(path)` returns one. */
export const memory = (label: string, files: Record<string, string>) => ({
  label,
  files: (dir: string) =>
    Object.keys(files)
      .filter((path) => path.startsWith(`${dir}/`))
      .sort(),
  read: (path: string) => files[path],
});

/** A changeset asking for `releases`, with `text` as its summary. */
export const changeset = (releases: Record<string, string>, text = 'A change.') =>
  `---\n${Object.entries(releases)
    .map(([name, bump]) => `"${name}": ${bump}`)
    .join('\n')}\n---\n\n${text}\n`;
