/** The LSP features, each in its own module (completion, hover, code actions, symbols, ...). */
import type { FeatureModule } from '../context';
import { codeActionsFeature } from './codeActions';
import { inlayHintsFeature } from './inlayHints';
import { inventoryRequestsFeature } from './inventoryRequests';
import { navigationFeature } from './navigation';

export const FEATURES: FeatureModule[] = [codeActionsFeature, navigationFeature, inlayHintsFeature, inventoryRequestsFeature];
