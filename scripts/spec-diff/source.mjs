// The two sides of a comparison: the files of a git commit, or of the working tree (so that
// uncommitted spec edits and changesets count before they are committed).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const WORKING_TREE = 'working tree';

/** Runs git in `cwd`; throws on a non-zero exit. */
export const git = (cwd, ...args) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).trimEnd();

/** Whether `ref` names a commit. A leading dash would be read by git as an option. */
export function isCommit(root, ref) {
  if (!ref || ref.startsWith('-')) return false;
  try {
    git(root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

/** The files of the commit `ref`: `files(dir)` lists paths under dir, `read(path)` returns text. */
export function commitSource(root, ref) {
  return {
    label: ref,
    files: (dir) => git(root, 'ls-tree', '-r', '--name-only', ref, '--', `${dir}/`).split('\n').filter(Boolean),
    read: (path) => git(root, 'show', `${ref}:${path}`),
  };
}

/** The files on disk under `root`, committed or not. */
export function treeSource(root) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
      return entry.isFile() ? [relative(root, path).split(sep).join('/')] : [];
    });
  return {
    label: WORKING_TREE,
    files: (dir) => (existsSync(join(root, dir)) ? walk(join(root, dir)).sort() : []),
    read: (path) => readFileSync(join(root, path), 'utf8'),
  };
}
