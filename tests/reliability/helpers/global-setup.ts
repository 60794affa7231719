import { buildIfStale } from '../../e2e/helpers/global-setup';

/** The reliability tests serve build/index.js, as the end-to-end tests do: build when stale. */
export default function setup() {
	buildIfStale();
}
