// Today as the machine's local calendar says (JJJJ-MM-TT): the adapters read the clock, the engine is given it.
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
