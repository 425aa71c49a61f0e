/** The LSP features, each in its own module (completion, hover, code actions, symbols, ...). */
import type { FeatureModule } from '../context';

export const FEATURES: FeatureModule[] = [];
