// German quotation marks for a title or a statement inside running text.

/** `text` in German quotation marks; quotation marks inside it become single ones („Leitbild ‚Willkommensbehörde‘“). */
export function quoted(text: string): string {
  return `„${text.replace(/„/g, '‚').replace(/[“”]/g, '‘')}“`;
}
