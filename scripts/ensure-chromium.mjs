#!/usr/bin/env node
// The docs test reads the rendered reference the way a person sees it, in headless Chromium.
// On a Debian machine where we are root (CI, a fresh container) this installs Debian's
// chromium package when it is missing; anywhere else it says what to install.
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);
const canApt =
  process.getuid?.() === 0 &&
  (() => {
    try {
      execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
if (!canApt) {
  console.warn('Chromium not found: install Chromium or Chrome, or set CHROME_PATH, for the docs test (pnpm test).');
  process.exit(0);
}
console.log("Installing Debian's chromium for the docs test...");
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
