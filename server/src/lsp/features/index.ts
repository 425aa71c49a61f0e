/** The LSP features, each in its own module (completion, hover, code actions, symbols, ...). */
import type { FeatureModule } from '../context';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';

export const FEATURES: FeatureModule[] = [completionFeature, hoverFeature];
