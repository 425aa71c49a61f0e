/**
 * The package's version: written into the bundles at build time (scripts/build.mjs `define`); read from
 * package.json when the sources run directly (tests with tsx).
 */
declare const __PACKAGE_VERSION__: string | undefined;

function fromPackageJson(): string {
  try {
    // Only when running from the sources, where package.json is two folders up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0-dev';
  }
}

export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : fromPackageJson();
