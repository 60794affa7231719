import english, { type Messages } from './locales/en';

// A browser starts with English (the fallback) and loads the page's language when the root
// layout loads, before the page is drawn: a phone parses one catalogue, not every one.

const codeOf = (path: string) => /([\w-]+)\.ts$/.exec(path)![1];

/** The catalogues at hand, by language code. */
export const catalogues: Record<string, Messages> = { en: english };

/** Every language, by code, with how to load it. */
export const loaders: Record<string, () => Promise<Messages>> = Object.fromEntries(
	Object.entries(import.meta.glob<Messages>('./locales/*.ts', { import: 'default' })).map(
		([path, load]) => [codeOf(path), load]
	)
);
