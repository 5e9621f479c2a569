// The engine's public API. Adapters (language server, CLI, handbook, extension) import from here only.
export { analyzeDocument, createLanguageService, MAX_DOCUMENT_LENGTH, tooLargeMessage } from './languageService';
export type { LanguageService, LanguageServiceOptions, Workspace, DocumentContent } from './languageService';
export type { Diagnostic, Severity, RelatedInformation, DiagnosticData } from './diagnostic';
export { Codes, codeDescriptions } from './rules/codes';
export { decodeText } from './text/decode';
export type { DecodedText } from './text/decode';
export { LineIndex } from './text/lineIndex';
export type { Position, Range } from './text/lineIndex';
export { builtinSchemas, SchemaRegistry } from './schema/registry';
export type { ParsedDocument } from './parse/document';
export { toLspDiagnostic } from './features/lspDiagnostic';
export { RenameError } from './features/rename';
export type { RenameResult } from './features/rename';
export { fromPortable, toPortable } from './parse/document';
export type { PortableDocument } from './parse/document';
