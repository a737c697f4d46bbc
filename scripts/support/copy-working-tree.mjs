import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies the repository at `root` to `target` as it stands in the working tree: tracked files
 * and new ones git does not ignore (a file added but not yet committed must be in the copy, or
 * the copy tests an older tree), minus those `skip` names. Nothing built or installed.
 * Shared by the scripts' tests and the benchmarks that work on a copy.
 * @param {string} root
 * @param {string} target
 * @param {(file: string) => boolean} [skip]
 */
export function copyWorkingTree(root, target, skip = () => false) {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  for (const file of files.split('\n').filter(Boolean)) {
    // A tracked file deleted in the working tree is listed but absent.
    if (!skip(file) && existsSync(join(root, file))) cpSync(join(root, file), join(target, file));
  }
}

/**
 * Commits everything in `dir` that git does not ignore, as a maintainer's checkout would have
 * it (a first commit makes the repository): tests that diff against a commit, or publish, need one.
 * @param {string} dir
 * @param {string} message
 */
export function commitAll(dir, message) {
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  if (!existsSync(join(dir, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', message);
}
