// Starts yaml-language-server (the benchmark's reference) with its validation debounce at zero, as ours is
// in the benchmark: the delay is a constant of its settings object (200 ms), with no setting to change it.
const { SettingsState } = require('yaml-language-server/out/server/src/yamlSettings');
Object.defineProperty(SettingsState.prototype, 'validationDelayMs', { get: () => 0, set: () => undefined, configurable: true });
require('yaml-language-server/out/server/src/server.js');
