// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards. Validated against the SARIF schema in a test.
import { codeDescriptions, codeHelp, codeSeverity } from '../../engine';
import type { FileReport } from './types';

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Every code the engine can report, in the order of their numbers: the tool's rules, as code-scanning views list them. */
const ALL_CODES = Object.keys(codeDescriptions).sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));

function sarifRule(code: string) {
  const description = (codeDescriptions as Record<string, string>)[code] ?? code;
  const severity = (codeSeverity as Record<string, keyof typeof LEVELS>)[code] ?? 'error';
  return {
    id: code,
    name: code,
    shortDescription: { text: description },
    fullDescription: { text: `${description}. ${codeHelp(code)}` },
    help: { text: codeHelp(code) },
    defaultConfiguration: { level: LEVELS[severity] },
  };
}

export function toSarif(reports: FileReport[], version: string): object {
  const used = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].filter((code) => !ALL_CODES.includes(code)).sort();
  const codes = [...ALL_CODES, ...used];
  const ruleIndex = new Map(codes.map((code, i) => [code, i]));
  const artifactUri = (file: string) => file.split('\\').join('/');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'werkzeugkoffer',
            version,
            rules: codes.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) =>
          report.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: ruleIndex.get(d.code),
            level: LEVELS[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(report.file) },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
            ...(d.related?.length
              ? {
                  relatedLocations: d.related.map((r, i) => ({
                    id: i,
                    message: { text: r.message },
                    physicalLocation: {
                      artifactLocation: { uri: r.uri },
                      region: { startLine: r.range.start.line + 1, startColumn: r.range.start.character + 1, endLine: r.range.end.line + 1, endColumn: r.range.end.character + 1 },
                    },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
}

export function formatSarif(reports: FileReport[], version: string): string {
  return `${JSON.stringify(toSarif(reports, version), null, 2)}\n`;
}
