import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { Diagnostic } from '../diagnostic';

const SEVERITIES = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** The engine's diagnostic in the shape of the Language Server Protocol. */
export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: 'werkzeugkoffer',
    message: diagnostic.message,
    relatedInformation: diagnostic.related?.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })),
    data: diagnostic.data,
  };
}
