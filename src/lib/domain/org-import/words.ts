import english, { type Messages } from '../../i18n/locales/en';

/**
 * The words of the import's problems and notes: the uploader's on the pages (the preview stores
 * them as worded then), English for the command line, fixtures and tests.
 */
export type ImportWords = Pick<Messages, 'serverMessages' | 'importMapping'>;
export const ENGLISH_IMPORT_WORDS: ImportWords = english;
