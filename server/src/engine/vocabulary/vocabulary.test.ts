// The vocabulary is the one home of these facts: the schemas, the extension's manifest and the code agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinSchemas } from '../schema/registry';
import { CAPACITY, declaresKind, ID_PATTERN, isQuestionUrl, isScore, isValidId, KINDS, kindLabel, LIMIT, orderOf, planId, QUESTION_URL_SETTING_PATTERN, questionUrlMessage, questionUrlProblem, slugify, toolboxRootOf, UNORDERED } from '.';

const ROOT = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const setting = (name: string) => manifest.contributes.configuration.properties[`werkzeugkoffer.${name}`];

describe('kinds', () => {
  it('are exactly the kinds the schemas define, each with a German label and a toolbox folder', () => {
    const schemas = builtinSchemas();
    const schemaKinds = Object.keys(KINDS).filter((kind) => schemas.rootOf(kind));
    expect(schemaKinds).toEqual(Object.keys(KINDS));
    for (const [kind, info] of Object.entries(KINDS)) {
      expect(info.label, kind).toMatch(/^[A-ZÄÖÜ]/);
      expect(info.toolboxFolder, kind).toMatch(/^[a-z]+$/);
    }
    expect(kindLabel('criterion')).toBe('Kriterium');
    expect(kindLabel('frage')).toBe('Frage');
    expect(kindLabel('angebot')).toBe('Angebot');
  });

  it('name the id prefix the schema demands, where there is one', () => {
    const schemas = builtinSchemas();
    for (const [kind, info] of Object.entries(KINDS)) {
      const pattern = schemas.rootOf(kind)!.node.properties!.id!.pattern as string | undefined;
      const own = (schemas.schemaOf(kind)!.properties!.id as { pattern?: string }).pattern;
      expect(own, kind).toBe(info.idPrefix ? `^${info.idPrefix}[a-z0-9]+(-[a-z0-9]+)*$` : undefined);
      if (info.idPrefix) expect(new RegExp(pattern!).test(`${info.idPrefix}beispiel`), kind).toBe(true);
    }
    expect(KINDS.frage.idPrefix).toBe('frage-');
    expect(KINDS.angebot.idPrefix).toBe('angebot-');
    expect(kindLabel('unbekannt')).toBe('unbekannt');
  });

  it('are recognised at the top of a document without parsing it', () => {
    for (const kind of Object.keys(KINDS)) expect(declaresKind(`---\nid: x\nkind: ${kind}\n---\n`), kind).toBe(true);
    expect(declaresKind('---\nkind: instrumnet\n---\n')).toBe(false);
    expect(declaresKind('# kind: instrument\n')).toBe(false);
  });
});

describe('ids', () => {
  it('follow the schema: pattern and length', () => {
    expect(ID_PATTERN.source).toBe('^[a-z0-9]+(-[a-z0-9]+)*$');
    expect(isValidId('front-back-office')).toBe(true);
    expect(isValidId('Front')).toBe(false);
    expect(isValidId('a'.repeat(80))).toBe(true);
    expect(isValidId('a'.repeat(81))).toBe(false);
    expect(isValidId('../x')).toBe(false);
  });

  it('come from German titles', () => {
    expect(slugify('Willkommensbroschüre für Straßen & Plätze')).toBe('willkommensbroschuere-fuer-strassen-plaetze');
    expect(planId('Stadt Musterstadt')).toBe('plan-stadt-musterstadt');
    expect(planId('')).toBe('plan-behoerde');
  });
});

describe('the plan', () => {
  it('has its bounds and defaults once, in the schema, and the extension settings agree with them', () => {
    expect(CAPACITY).toEqual({ min: 1, max: 10, default: 3 });
    expect(LIMIT).toEqual({ min: 1, max: 25, default: 8 });
    expect(setting('plan.capacity')).toMatchObject({ default: CAPACITY.default, minimum: CAPACITY.min, maximum: CAPACITY.max });
    // 0 in the setting means "every instrument with a need", as in the CLI.
    expect(setting('plan.limit')).toMatchObject({ default: LIMIT.default, minimum: 0, maximum: LIMIT.max });
    expect(setting('toolboxFolder').default).toBe('toolbox');
  });

  it('scores are 1 to 5 or unbekannt', () => {
    expect([1, 5, 'unbekannt'].every(isScore)).toBe(true);
    expect([0, 6, 2.5, '3', null].some(isScore)).toBe(false);
  });
});

describe('the question form’s address', () => {
  const template = 'https://github.com/OWNER/REPO/issues/new?template=frage.yml&instrument={instrument}';

  it('is an http(s) address without blanks or characters that end an HTML attribute', () => {
    expect([template, 'http://intranet.example/fragen?instrument={instrument}', 'https://gitlab.example/g/p/-/issues/new?issue[title]=Frage%20{instrument}'].every(isQuestionUrl)).toBe(true);
    const wrong = ['javascript:alert(1)', 'javascript:alert("{instrument}")', 'data:text/html,{instrument}', 'ftp://example.org/{instrument}', 'https://', 'https://example.org/a b{instrument}', 'https://example.org/"x{instrument}', "https://example.org/'x{instrument}", 'https://example.org/<x>{instrument}', ' https://example.org/{instrument}', ''];
    for (const value of wrong) expect(questionUrlProblem(value), value).toEqual({ kind: 'address' });
  });

  it('has the placeholder {instrument}: without it every „Frage stellen“ would open the form without the instrument', () => {
    expect(questionUrlProblem('https://github.com/OWNER/REPO/issues/new?template=frage.yml')).toEqual({ kind: 'placeholder' });
    expect(questionUrlProblem('http://intranet.example/fragen')).toEqual({ kind: 'placeholder' });
    // The subject carries the instrument too (GitLab's title and description).
    expect(questionUrlProblem('https://gitlab.example/g/p/-/issues/new?issuable_template=Frage&issue[title]={titel}')).toBeUndefined();
    // Copied from a browser's address bar, or spelt otherwise: named in the message.
    expect(questionUrlProblem('https://github.com/OWNER/REPO/issues/new?template=frage.yml&instrument=%7Binstrument%7D')).toEqual({ kind: 'placeholder', nearMiss: '%7Binstrument%7D' });
    expect(questionUrlProblem('https://example.org/f?instrument={Instrument}')).toEqual({ kind: 'placeholder', nearMiss: '{Instrument}' });
    expect(questionUrlMessage('--question-url', 'https://example.org/f?i=%7Binstrument%7D', { kind: 'placeholder', nearMiss: '%7Binstrument%7D' })).toBe(
      '--question-url: In „https://example.org/f?i=%7Binstrument%7D“ fehlt der Platzhalter {instrument} (oder {titel} für den Betreff); ohne ihn öffnet „Frage stellen“ das Formular ohne das Instrument. „%7Binstrument%7D“ ist nicht der Platzhalter: Er heißt genau {instrument}, mit geschweiften Klammern und klein geschrieben. Setzen Sie {instrument} dort ein, wo das Formular das Instrument übernimmt, etwa „&instrument={instrument}“; ein Formular, das kein Instrument übernimmt, übergeht diesen Parameter.',
    );
    expect(questionUrlMessage('--question-url', 'data:x', { kind: 'address' })).toBe('--question-url erwartet eine http(s)-Adresse, nicht „data:x“.');
  });

  it('is the pattern of the editor’s setting, which may also be empty', () => {
    const questionUrl = setting('handbook.questionUrl');
    expect(questionUrl).toMatchObject({ type: 'string', default: '', pattern: QUESTION_URL_SETTING_PATTERN });
    const pattern = new RegExp(questionUrl.pattern);
    expect(questionUrl.patternErrorMessage).toBe('%config.handbook.questionUrl.patternError%');
    for (const value of [template, '', 'javascript:alert(1)', 'https://example.org/a b', 'https://example.org/"x', 'https://example.org/fragen', 'https://example.org/f?i=%7Binstrument%7D', 'data:text/html,{instrument}']) {
      expect(pattern.test(value), value).toBe(value === '' || isQuestionUrl(value));
    }
  });
});

it('order: documents without one come last', () => {
  expect(orderOf({ order: 2 })).toBe(2);
  expect(orderOf({})).toBe(UNORDERED);
  expect(orderOf(undefined)).toBeGreaterThan(999);
});

describe('the toolbox of a path', () => {
  const folders = new Set(['file:///repo', 'file:///repo/toolbox', 'file:///repo/toolbox/instrumente', 'file:///other']);
  const isDirectory = (uri: string) => folders.has(uri);
  it('is the nearest folder named toolbox, or the toolbox folder inside a workspace folder', () => {
    expect(toolboxRootOf('file:///repo/toolbox/instrumente/x.md', isDirectory)).toBe('file:///repo/toolbox');
    expect(toolboxRootOf('file:///repo/toolbox', isDirectory)).toBe('file:///repo/toolbox');
    expect(toolboxRootOf('file:///repo', isDirectory)).toBe('file:///repo/toolbox');
    expect(toolboxRootOf('file:///other', isDirectory)).toBeUndefined();
    expect(toolboxRootOf('file:///repo', isDirectory, 'inhalte')).toBeUndefined();
  });

  it('is, under another name, the nearest folder that holds the kind folders of a toolbox', () => {
    const copy = new Set(['file:///tmp/kopie', 'file:///tmp/kopie/eckpunkte', 'file:///tmp/kopie/instrumente', 'file:///tmp/halb', 'file:///tmp/halb/instrumente']);
    const inCopy = (uri: string) => copy.has(uri);
    expect(toolboxRootOf('file:///tmp/kopie/instrumente/servicepoint.md', inCopy)).toBe('file:///tmp/kopie');
    expect(toolboxRootOf('file:///tmp/kopie/instrumente', inCopy)).toBe('file:///tmp/kopie');
    expect(toolboxRootOf('file:///tmp/kopie', inCopy)).toBe('file:///tmp/kopie');
    // Only instrumente/: not a toolbox.
    expect(toolboxRootOf('file:///tmp/halb/instrumente/x.md', inCopy)).toBeUndefined();
  });
});

it('the extension imports only the vocabulary, the protocol, node adapters and types from the server', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.ts')) files.push(join(dir, entry.name));
    }
  };
  walk(join(ROOT, 'extension', 'src'));
  const offending: string[] = [];
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^(import|export)( type)? [^;]*? from '([^']*server\/src\/[^']*)';/gm)) {
      const [, , typeOnly, target] = match;
      const allowed = typeOnly || /server\/src\/(engine\/vocabulary|lsp\/protocol|node\/[a-zA-Z]+)$/.test(target!);
      if (!allowed) offending.push(`${relative(ROOT, file)}: ${target}`);
    }
  }
  expect(offending).toEqual([]);
});
