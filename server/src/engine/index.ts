// The engine's public API. Adapters (language server, CLI, handbook build, worker threads) import from here
// only; the VS Code extension imports the vocabulary (./vocabulary) and types.
export { analyzeDocument, createLanguageService, MAX_DOCUMENT_LENGTH, tooLargeMessage } from './languageService';
export type { LanguageService, LanguageServiceOptions, Workspace, DocumentContent } from './languageService';
export type { Diagnostic, Severity, RelatedInformation, DiagnosticData } from './diagnostic';
export { Codes, codeDescriptions, codeHelp, codeSeverity } from './rules/codes';
export { decodeText } from './text/decode';
export type { DecodedText } from './text/decode';
export { LineIndex } from './text/lineIndex';
export type { Position, Range } from './text/lineIndex';
export { builtinSchemas, SchemaRegistry } from './schema/registry';
export type { ParsedDocument } from './parse/document';
export { documentTitle } from './parse/document';
export { toLspDiagnostic } from './features/lspDiagnostic';
export { RenameError } from './features/rename';
export type { RenameResult } from './features/rename';
export { documentSkeleton } from './features/skeleton';
export { withSyntaxOnDemand } from './parse/document';
export type { FrontmatterBlock, SplitResult } from './parse/frontmatter';
export { renderMarkdownTree, withoutPositions } from './render/markdown';
export * from './plan';
export * from './handbook';
export * from './vocabulary';
export { checklistGroups, toolboxOutline } from './features/outline';
export type { ChecklistGroup, Outline, OutlineEntry } from './features/outline';
export { toolboxScope } from './workspace/toolboxScope';
export type { ToolboxScope } from './workspace/toolboxScope';
export { didYouMean } from './util/didYouMean';
export * from './portfolio';
