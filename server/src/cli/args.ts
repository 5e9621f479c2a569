// The command line of every command, read with Node's parseArgs and its complaints said in German, with the
// command's own usage: „Unbekannte Option „--formt“. Meinten Sie --format?“ instead of Node's English message.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../engine';

/** A mistake on the command line: the message, and the usage of the command it was made in. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with `--help`/`-h` added to every command; a UsageError in German on any complaint of parseArgs. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string, allowPositionals = false) {
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    return parseArgs({ args, options: withHelp, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(germanMessage(error as Error & { code?: string }, Object.keys(options)), usage);
  }
}

function germanMessage(error: Error & { code?: string }, known: string[]): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      return unknownOptionMessage(quoted, known);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /--([\w-]+)/.exec(error.message)?.[1] ?? quoted;
      return /argument missing/.test(error.message) ? `Die Option --${option} braucht einen Wert.` : `Die Option --${option} nimmt keinen Wert.`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unerwartetes Argument „${quoted}“: Dieser Befehl nimmt keine Pfade oder Namen ohne Option.`;
    default:
      return error.message;
  }
}

/** „Unbekannter Befehl „chek“. Meinten Sie check?“, or „Unterbefehl fehlt.“ when none was given. */
export function unknownCommandMessage(what: 'Befehl' | 'Unterbefehl', given: string | undefined, known: readonly string[]): string {
  if (!given) return `${what} fehlt.`;
  const [suggestion] = didYouMean(given, known, 1);
  return `Unbekannter ${what} „${given}“.${suggestion ? ` Meinten Sie ${suggestion}?` : ''}`;
}

/** „Unbekannte Option „--formt“. Meinten Sie --format?“, among the option names `known` (without dashes). */
export function unknownOptionMessage(given: string, known: readonly string[]): string {
  const [suggestion] = didYouMean(given.replace(/^-+/, '').split('=')[0]!, known, 1);
  return `Unbekannte Option „${given}“.${suggestion ? ` Meinten Sie --${suggestion}?` : ''}`;
}
