// What some tests need from Debian's packages (Chromium for the browser and PDF tests, poppler-utils to read the
// PDFs): found on the PATH, installed with apt-get when the tests run as root (as in CI and on a fresh machine),
// otherwise one clear message that names the package — never a TypeError from a missing program.
import { execFileSync, spawnSync } from 'node:child_process';

/** The program `find` returns; when missing and running as root, `apt-get install -y <pkg>` first. */
export function ensureDebianPackage(pkg: string, find: () => string | undefined, neededFor: string, asRoot = process.getuid?.() === 0): string {
  let found = find();
  if (found) return found;
  if (asRoot) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env });
    found = find();
    if (found) return found;
  }
  throw new Error(`${neededFor} brauchen das Debian-Paket ${pkg} („apt-get install ${pkg}“). Es wurde nicht auf dem PATH gefunden und konnte nicht installiert werden (dafür sind Root-Rechte nötig).`);
}

/** A program on the PATH, by `command -v`. */
export function onPath(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** pdftotext and pdftoppm (poppler-utils), for the tests that read the PDFs they print. */
export function ensurePdfTools(): void {
  ensureDebianPackage('poppler-utils', () => (onPath('pdftotext') && onPath('pdftoppm') ? 'pdftotext' : undefined), 'Die PDF-Tests');
}
