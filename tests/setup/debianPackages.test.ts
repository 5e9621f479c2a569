import { describe, expect, it } from 'vitest';
import { ensureDebianPackage, onPath } from './debianPackages';

describe('what the tests need from Debian', () => {
  it('is taken from the PATH when it is there', () => {
    expect(ensureDebianPackage('coreutils', () => onPath('ls'), 'Die Tests', false)).toMatch(/\/ls$/);
  });

  it('without root rights and not on the PATH: one message that names the package and how to install it', () => {
    expect(() => ensureDebianPackage('poppler-utils', () => undefined, 'Die PDF-Tests', false)).toThrow(
      'Die PDF-Tests brauchen das Debian-Paket poppler-utils („apt-get install poppler-utils“). Es wurde nicht auf dem PATH gefunden und konnte nicht installiert werden (dafür sind Root-Rechte nötig).',
    );
    expect(onPath('gibt-es-nicht-werkzeugkoffer')).toBeUndefined();
  });
});
