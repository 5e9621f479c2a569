// Installs the Debian packages of the browser and PDF tests before any test runs: on a new machine, installing
// Chromium takes longer than one test may (it timed out a PDF test at 30 s), and which test is first is chance.
// Without root, or when the installation fails, each test that needs a package names it (debianPackages.ts).
import { ensureChromium } from '../handbook/browser';
import { ensurePdfTools } from './debianPackages';

export default function setup(): void {
  for (const ensure of [ensureChromium, ensurePdfTools]) {
    try {
      ensure();
    } catch {
      // The tests that need the package fail with the message that names it.
    }
  }
}
