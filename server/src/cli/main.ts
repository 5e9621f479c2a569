#!/usr/bin/env node
// The `werkzeugkoffer` command line: a thin adapter that parses arguments and calls the engine.
// Exit codes: 0 no errors, 1 errors found, 2 usage or internal error.
import { isMainThread } from 'node:worker_threads';
import { CHECK_FORMATS, formatReports, missingPaths, runCheckParallel, unusablePaths, type CheckFormat } from './commands/check';
import { buildCommand } from './commands/build';
import { planCommand } from './commands/plan';
import { frageCommand } from './commands/frage';
import { portfolioCommand } from './commands/portfolio';
import { parseCommandArgs, unknownCommandMessage, unknownOptionMessage, UsageError } from './args';
import { terminalText } from './report/terminal';

declare const WERKZEUGKOFFER_VERSION: string;
const version = typeof WERKZEUGKOFFER_VERSION === 'string' ? WERKZEUGKOFFER_VERSION : '0.0.0-dev';

const USAGE = `Aufruf: werkzeugkoffer <befehl> [optionen]

Befehle:
  check [pfade…]   Prüft die Dokumente des Werkzeugkoffers (Standard: toolbox/)
      --format human|json|sarif|github   Ausgabeformat (Standard: human)
  build [werkzeugkoffer]   Baut das Handbuch (Standard: toolbox/ nach dist/handbook/)
      --out VERZEICHNIS  --base-url URL  --question-url URL  --pdf  --watch [--port N]
  plan new         Legt aus einer Standortbestimmung einen Maßnahmenplan an
  plan render      Gibt einen Plan als druckbare HTML-Datei (und PDF) aus
  plan update      Berechnet einen Plan nach geänderter Bewertung neu und behält alle Änderungen von Hand
  plan status      Trägt bei einer Maßnahme einen datierten Stand ein
  plan report      Erstellt den Statusbericht (Ampel, geplant gegen tatsächlich, Empfehlungen) als HTML, PDF oder JSON
  frage neu [datei|-]   Macht aus einem Fragenformular oder einer E-Mail ein Fragedokument (personenbezogene Daten markiert)
      --out DATEI  --id ID  --toolbox ORDNER
  portfolio [pläne oder ordner…]   Fasst viele Maßnahmenpläne anonymisiert zusammen (Standard: toolbox/plaene)
      --out DATEI  --format html|json  --pdf  --named  --as-of JJJJ-MM[-TT]

Allgemein:
  --help           Diese Hilfe
  --version        Versionsnummer

Exit-Codes: 0 = keine Fehler, 1 = Fehler gefunden, 2 = Aufruf- oder interner Fehler.
`;

const CHECK_USAGE = `Aufruf: werkzeugkoffer check [pfade…] [--format human|json|sarif|github]

Prüft die Dokumente des Werkzeugkoffers (Standard: toolbox/) mit allen Regeln, wie der Editor sie prüft.
Ein Pfad kann der Werkzeugkoffer, ein Ordner darin oder eine Datei sein; geprüft wird immer im Zusammenhang
des ganzen Werkzeugkoffers, gemeldet nur für die genannten Pfade.

  --format human    lesbar, mit Ausschnitt und Markierung (Standard)
  --format json     eine Liste aller Meldungen
  --format sarif    SARIF 2.1.0 für Code-Scanning-Ansichten
  --format github   Anmerkungen für GitHub Actions

Exit-Codes: 0 = keine Fehler, 1 = Fehler gefunden, 2 = Aufruf- oder interner Fehler.
`;

type Output = { out(s: string): void; err(s: string): void };

/** The commands by name; each writes through `terminal` (control characters escaped) but for check's report. */
const COMMANDS: Record<string, (args: string[], io: Output, terminal: Output) => Promise<number>> = {
  check: (args, io, terminal) => check(args, { out: io.out, err: terminal.err }),
  build: (args, _io, terminal) => buildCommand(args, terminal),
  plan: (args, _io, terminal) => planCommand(args, terminal),
  frage: (args, _io, terminal) => frageCommand(args, terminal),
  portfolio: (args, _io, terminal) => portfolioCommand(args, terminal),
};

export async function main(argv: string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${version}\n`);
    return 0;
  }
  // What the commands print names files and quotes documents: shown with their control characters escaped. Only
  // the report of `check` goes out as it is: the machine formats escape by their own rules, the human format
  // escapes what it quotes and colours the rest.
  const terminal = { out: (text: string) => io.out(terminalText(text)), err: (text: string) => io.err(terminalText(text)) };
  try {
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(command.startsWith('-') ? unknownOptionMessage(command, ['help', 'version']) : unknownCommandMessage('Befehl', command, Object.keys(COMMANDS)));
    return await run(rest, io, terminal);
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.err(`werkzeugkoffer${command === 'check' ? ' check' : ''}: ${error.message}\n\n${error.usage ?? USAGE}`);
      return 2;
    }
    terminal.err(`werkzeugkoffer: interner Fehler: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

async function check(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { format: { type: 'string', default: 'human' } }, CHECK_USAGE, true);
  if (values.help) {
    io.out(CHECK_USAGE);
    return 0;
  }
  const format = values.format as CheckFormat;
  if (!CHECK_FORMATS.includes(format)) throw new UsageError(`Unbekanntes Format „${values.format}“; erlaubt: ${CHECK_FORMATS.join(', ')}.`, CHECK_USAGE);
  const paths = positionals.length ? positionals : ['toolbox'];
  const missing = missingPaths(paths);
  if (missing.length) throw new UsageError(`Pfad nicht gefunden: ${missing.join(', ')}`, CHECK_USAGE);
  const unusable = unusablePaths(paths);
  if (unusable.length) {
    io.err(unusable.map((line) => `werkzeugkoffer: ${line}\n`).join(''));
    return 2;
  }
  // Only the human format shows excerpts: the others need no text read again.
  const result = await runCheckParallel(paths, process.cwd(), { excerpts: format === 'human' });
  const color = format === 'human' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  io.out(formatReports(result.reports, format, version, color));
  return result.errors > 0 ? 1 : 0;
}

if (require.main === module && isMainThread) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
