// The checkout `npm run bench -- --baseline REF` measures against: REF in a temporary git worktree
// outside this one (so tsc, eslint and vitest never see its files), with node_modules shared by a
// symlink when both lockfiles are the same bytes, else installed there by `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BaselineWorktree {
  dir: string;
  commit: string;
  /** Removes the worktree (git's record of it too). */
  remove(): void;
}

function git(args: string[], cwd = '.'): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/**
 * Checks REF out in `$TMPDIR/event-atlas-baseline-<commit>`, reusing one left there by --keep-baseline
 * when it is still at that commit.
 */
export function baselineWorktree(ref: string, log: (s: string) => void): BaselineWorktree {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  const dir = join(tmpdir(), `event-atlas-baseline-${commit.slice(0, 12)}`);
  const reuse = existsSync(join(dir, '.git')) && git(['rev-parse', 'HEAD'], dir) === commit && git(['status', '--porcelain', '--untracked-files=no'], dir) === '';
  if (!reuse) {
    rmSync(dir, { recursive: true, force: true });
    git(['worktree', 'prune']);
    git(['worktree', 'add', '--detach', dir, commit]);
    log(`checked ${ref} (${commit.slice(0, 7)}) out in ${dir}`);
  } else log(`reusing ${dir} at ${commit.slice(0, 7)}`);
  if (!existsSync(join(dir, 'node_modules'))) {
    if (readFileSync('package-lock.json').equals(readFileSync(join(dir, 'package-lock.json')))) {
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
      log('same package-lock.json: node_modules shared by a symlink');
    } else {
      log('package-lock.json differs: npm ci in the baseline worktree');
      const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 2, 2] });
      if (r.status !== 0) throw new Error(`npm ci in ${dir} exited with ${r.status}`);
    }
  }
  return {
    dir,
    commit,
    remove() {
      // The symlink first: `git worktree remove` would otherwise walk into the shared node_modules.
      const modules = join(dir, 'node_modules');
      if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) unlinkSync(modules);
      const r = spawnSync('git', ['worktree', 'remove', '--force', dir], { encoding: 'utf8' });
      if (r.status !== 0) {
        rmSync(dir, { recursive: true, force: true });
        git(['worktree', 'prune']);
      }
    },
  };
}
