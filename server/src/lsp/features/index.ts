/** The LSP features, each in its own module (completion, hover, code actions, symbols, ...). */
import type { FeatureModule } from '../context';
import { codeActionsFeature } from './codeActions';
import { inlayHintsFeature } from './inlayHints';
import { inventoryRequestsFeature } from './inventoryRequests';
import { navigationFeature } from './navigation';

import { completionFeature } from './completion';
import { hoverFeature } from './hover';

export const FEATURES: FeatureModule[] = [
  completionFeature,
  hoverFeature,
  codeActionsFeature,
  navigationFeature,
  inlayHintsFeature,
  inventoryRequestsFeature,
];
