// Makes sure the end-to-end tests have a browser: Debian's Chromium (a test tool's own browser
// download does not work here) and a CJK font, so Chinese renders as text, not boxes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const packages = ['chromium', 'fonts-noto-cjk'];

if (existsSync(chromium) && (process.env.CHROMIUM_PATH !== undefined || existsSync(cjkFont))) {
  console.log(`test:setup: using ${chromium}`);
  process.exit(0);
}
if (process.getuid?.() !== 0) {
  console.error(
    `test:setup: Chromium (${chromium}) or the Noto CJK font is missing.\n` +
      `  Install them with: sudo apt-get install -y ${packages.join(' ')}\n` +
      '  or point CHROMIUM_PATH at an existing Chromium.',
  );
  process.exit(1);
}
console.log(`test:setup: installing ${packages.join(' ')} with apt-get`);
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (!existsSync(chromium)) {
  console.error(`test:setup: apt-get finished but ${chromium} is still missing`);
  process.exit(1);
}
