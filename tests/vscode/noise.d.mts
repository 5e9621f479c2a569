/** A line filter for one output stream: returns the line to print it, or null to drop it. */
export function createNoiseFilter(): (line: string) => string | null;
