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
