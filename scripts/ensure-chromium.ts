/**
 * The browser suite drives Debian's chromium. Installs it with apt when missing and we are
 * root; otherwise stops with a clear hint. Never downloads a browser of its own.
 */
import { existsSync } from 'node:fs';
import { run } from './run.ts';

export const CHROMIUM = process.env.SKJOLD_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log('Installing Debian chromium for the browser tests (apt-get install chromium) …');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    const code =
      run('apt-get', ['update', '-qq'], env) ||
      run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], env);
    if (code !== 0 || !existsSync(CHROMIUM)) {
      console.error('Could not install chromium with apt-get.');
      process.exit(1);
    }
  } else {
    console.error(
      `The browser tests need Debian's chromium at ${CHROMIUM}.\n` +
        'Install it with:  sudo apt-get install chromium\n' +
        '(or point SKJOLD_CHROMIUM at another chromium binary).',
    );
    process.exit(1);
  }
}
