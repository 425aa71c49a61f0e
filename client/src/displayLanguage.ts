/**
 * The language the server writes in: the `subprocessors.language` setting (`auto`, `en`, `fr`), where `auto` (the
 * default, and any value the setting does not allow) follows VS Code's display language (`vscode.env.language`:
 * `fr`, `fr-ca`, `en`, `de`...). Pure (no vscode import) so that it is tested alone; the server reads the locale
 * it is sent (`subprocessors/setLanguage`) and falls back to English for a language it does not speak.
 */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'fr'] as const;

/** The locale to send the server for the setting's value and VS Code's display language. */
export function serverLocale(setting: unknown, displayLanguage: string): string {
  return setting === 'en' || setting === 'fr' ? setting : displayLanguage;
}
