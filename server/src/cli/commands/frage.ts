// `werkzeugkoffer frage neu`: the editor's command that takes an incoming question in. It reads the text (a file
// or stdin), lets the engine build the `frage` document and writes it atomically, never over an existing file.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { instrumentsOf, isValidId, KINDS, questionFromText, quoted } from '../../engine';
import { writeFileAtomic } from '../../node/atomicWrite';
import { readDocument } from '../../node/fileWorkspace';
import { localToday } from '../../node/clock';
import { parseCommandArgs, unknownCommandMessage, UsageError } from '../args';
import { CommandError, loadToolbox, type Io } from './planFiles';

const FRAGE_NEU_USAGE = `Aufruf: werkzeugkoffer frage neu [datei|-] [--out DATEI] [--id ID] [--toolbox ORDNER]

Macht aus dem Text eines Fragenformulars (GitHub oder GitLab) oder einer E-Mail ein Fragedokument: das Instrument
eingetragen, gefragt hat nur die Art der Behörde im Bundesland. Kopfzeilen, Anrede, Grußformel und Signatur einer
E-Mail werden weggelassen; jedes personenbezogene Datum in der Frage – Name, Geburtsdatum, Aktenzeichen oder
Kundennummer, Pass- oder Ausweisnummer, IBAN, Anschrift, E-Mail-Adresse, Telefonnummer – wird durch „[entfernen: …]“
mit seiner Art ersetzt und mit seiner Zeile gemeldet. Die Antwort bleibt für die Redaktion offen.

  datei | -         die Datei mit dem Text; „-“ oder nichts: die Standardeingabe
  --out DATEI       das neue Dokument (Standard: <werkzeugkoffer>/fragen/<kennung>.md); wird nie überschrieben
  --id ID           die Kennung (Standard: aus der Frage, beginnt mit „frage-“)
  --toolbox ORDNER  der Werkzeugkoffer (Standard: toolbox)
`;

const FRAGE_USAGE = `Aufruf:
  werkzeugkoffer frage neu [datei|-] [--out DATEI] [--id ID] [--toolbox ORDNER]

Hilfe zum Unterbefehl: werkzeugkoffer frage neu --help
`;

export async function frageCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(FRAGE_USAGE);
    return 0;
  }
  if (sub !== 'neu') {
    io.err(`werkzeugkoffer frage: ${unknownCommandMessage('Unterbefehl', sub, ['neu'])}\n\n${FRAGE_USAGE}`);
    return 2;
  }
  try {
    return frageNeu(rest, io);
  } catch (error) {
    if (error instanceof CommandError) {
      io.err(`werkzeugkoffer frage neu: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof UsageError) {
      io.err(`werkzeugkoffer frage neu: ${error.message}\n\n${FRAGE_NEU_USAGE}`);
      return 2;
    }
    throw error;
  }
}

function frageNeu(args: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, id: { type: 'string' }, toolbox: { type: 'string', default: 'toolbox' } }, FRAGE_NEU_USAGE, true);
  if (values.help) {
    io.out(FRAGE_NEU_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('Nur eine Datei auf einmal.');
  // As for every document, the id is the file name: a named file with a question's id gives its id.
  const stem = values.out === undefined ? undefined : basename(values.out).replace(/\.md$/i, '');
  const id = (values.id as string | undefined) ?? (stem !== undefined && isFrageId(stem) ? stem : undefined);
  if (id !== undefined && !isFrageId(id)) {
    throw new CommandError(`--id erwartet eine Kennung wie „frage-weimar-servicepoint“ (beginnt mit „frage-“, dann Kleinbuchstaben, Ziffern und Bindestriche), nicht „${id}“.`, 2);
  }
  const incoming = readIncomingText(positionals[0]);
  if (incoming.trim() === '') throw new CommandError('Der Text ist leer; es gibt keine Frage aufzunehmen.', 2);
  const service = loadToolbox(values.toolbox!);
  const result = questionFromText(incoming, service.index, { today: localToday(), id, schemas: service.schemas });
  const out = resolve(values.out ?? join(values.toolbox!, KINDS.frage.toolboxFolder, `${result.id}.md`));
  if (existsSync(out)) throw new CommandError(`${relative(process.cwd(), out)} gibt es schon und wird nicht überschrieben; eine andere Kennung mit --id oder eine andere Datei mit --out.`, 2);
  mkdirSync(dirname(out), { recursive: true });
  writeFileAtomic(out, result.text);
  const title = result.instrument ? instrumentsOf(service.index).get(result.instrument)?.title : undefined;
  io.out(summary(relative(process.cwd(), out), result, title));
  return 0;
}

function isFrageId(id: string): boolean {
  return isValidId(id) && id.startsWith(KINDS.frage.idPrefix ?? '');
}

/** The file's text (decoded as every document is), or stdin for `-` or no file. */
function readIncomingText(path: string | undefined): string {
  if (path === undefined || path === '-') return readFileSync(0, 'utf8');
  const content = readDocument(resolve(path));
  if ('error' in content) throw new CommandError(`${path}: ${content.error}`, 2);
  return content.text;
}

/** What was taken in, for the editor: the instrument by its title, and what is left to do before the question passes `check`. */
function summary(path: string, result: ReturnType<typeof questionFromText>, instrumentTitle: string | undefined): string {
  const count = result.findings.length;
  const instrument = result.instrument ? `${instrumentTitle ? `${quoted(instrumentTitle)} ` : ''}(${result.instrument})` : 'keins gefunden';
  const lines = [
    `Frage angelegt: ${path}`,
    `  Instrument: ${instrument}`,
    `  Personenbezogene Daten markiert: ${count === 0 ? 'keine' : `${count} – check meldet jede Markierung „[entfernen: …]“ als Fehler, bis sie entfernt ist`}`,
    ...result.findings.map((f) => `    Zeile ${f.line}: ${f.label}`),
    ...result.notes.map((note) => `  ${note}`),
    '  Offen für die Redaktion: wer antwortet (answered_by), die Quelle (sources) und der Abschnitt „Antwort“.',
  ];
  return `${lines.join('\n')}\n`;
}
