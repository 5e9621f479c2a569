export { questionFromText, PERSONAL_MARKER } from './intake';
export type { IntakeFinding, IntakeOptions, IntakeResult } from './intake';
