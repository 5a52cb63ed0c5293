// Finds the two browsers the tests run in (Chromium and Firefox ESR) and, where it can, installs them.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const BROWSERS = {
  chromium: {
    name: 'Chromium',
    variable: 'CHROME_PATH',
    debianPackage: 'chromium',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
  },
  firefox: {
    name: 'Firefox ESR',
    variable: 'FIREFOX_PATH',
    debianPackage: 'firefox-esr',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  },
};

/** Headless Chromium as root in a container, quiet on a closed network (no background requests). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The executable for `id` ('chromium' | 'firefox'): its environment variable first, then the usual paths. */
export function findBrowser(id) {
  const browser = BROWSERS[id];
  const fromEnv = process.env[browser.variable];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return browser.paths.find(isExecutable);
}

const canInstallWithApt = () =>
  process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env };
  spawnSync('apt-get', ['update', '-qq'], quiet);
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], quiet).status === 0;
}

/**
 * Returns `{chromium, firefox}` executables, installing missing ones with apt-get when running as root
 * on Debian/Ubuntu. Throws an Error whose message says exactly what to install or set otherwise.
 */
export function ensureBrowsers({ log = console.log } = {}) {
  const missing = Object.keys(BROWSERS).filter((id) => !findBrowser(id));
  const fromEnvButBroken = missing.filter((id) => process.env[BROWSERS[id].variable]);
  if (fromEnvButBroken.length > 0) {
    const lines = fromEnvButBroken.map(
      (id) => `${BROWSERS[id].variable}=${process.env[BROWSERS[id].variable]} is not an executable file.`,
    );
    throw new Error(lines.join('\n'));
  }
  if (missing.length > 0 && canInstallWithApt()) {
    const packages = missing.map((id) => BROWSERS[id].debianPackage);
    log(`Installing ${packages.join(' and ')} with apt-get (needed for the browser tests)…`);
    aptInstall(packages);
  }
  const stillMissing = Object.keys(BROWSERS).filter((id) => !findBrowser(id));
  if (stillMissing.length > 0) {
    const advice = stillMissing.map((id) => {
      const b = BROWSERS[id];
      return `${b.name} not found. Install the Debian/Ubuntu package "${b.debianPackage}" (sudo apt-get install -y ${b.debianPackage}) or set ${b.variable} to its executable.`;
    });
    throw new Error(advice.join('\n'));
  }
  return { chromium: findBrowser('chromium'), firefox: findBrowser('firefox') };
}
