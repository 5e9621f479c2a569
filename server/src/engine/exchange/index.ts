export { questionFromText } from './intake';
export type { IntakeFinding, IntakeOptions, IntakeResult } from './intake';
