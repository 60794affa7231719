import type { Messages } from './locales/en';

// Every language's words at once: what the server and the tests read. A browser gets
// catalogues.browser.ts instead (package.json "imports", condition "browser").

const codeOf = (path: string) => /([\w-]+)\.ts$/.exec(path)![1];

/** The catalogues at hand, by language code. */
export const catalogues: Record<string, Messages> = Object.fromEntries(
	Object.entries(
		import.meta.glob<Messages>('./locales/*.ts', { eager: true, import: 'default' })
	).map(([path, messages]) => [codeOf(path), messages])
);

/** Every language, by code, with how to load it. */
export const loaders: Record<string, () => Promise<Messages>> = Object.fromEntries(
	Object.keys(catalogues).map((code) => [code, async () => catalogues[code]])
);
