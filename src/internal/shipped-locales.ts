/** The translations tor-elements ships (compiled from i18n/*.po into dist/locales/ by the build). */
export const SHIPPED_LOCALES: readonly string[] = ['ar', 'de', 'es', 'fa', 'fr', 'pt-BR', 'ru', 'tr', 'uk', 'zh-CN'];

/** Tags that name a shipped translation in other words (simplified Chinese by its script). */
export const LOCALE_ALIASES: Readonly<Record<string, string>> = { 'zh-hans': 'zh-CN' };
