import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeAdapter from '@sveltejs/adapter-node';

const HEADERS_SOURCE = 'src/lib/server/http/security-headers.js';
const DIRECT_SOURCE = 'src/lib/server/http/direct-serving.js';

/**
 * adapter-node, plus the security headers on every file it serves itself. Its static files
 * answer before SvelteKit's hooks run, so the built entry gets a middleware in front of its
 * handler; a second one serves the survey's plain requests directly (surveys/direct.ts). If a
 * new adapter-node lays out its entry differently, the build fails here rather than ship static
 * files without the headers.
 * @param {import('@sveltejs/adapter-node').AdapterOptions} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
export default function adapter(options = {}) {
	const base = nodeAdapter(options);
	return {
		...base,
		async adapt(builder) {
			await base.adapt(builder);
			const out = options.out ?? 'build';
			copyFileSync(HEADERS_SOURCE, join(out, 'security-headers.js'));
			copyFileSync(DIRECT_SOURCE, join(out, 'direct-serving.js'));
			const entry = join(out, 'index.js');
			const source = readFileSync(entry, 'utf8');
			const wired = source.replace(
				'.use(handler)',
				'.use(staticSecurityHeaders(), directServing(), handler)'
			);
			if (wired === source) {
				throw new Error(`${entry}: could not put the security headers in front of the handler`);
			}
			writeFileSync(
				entry,
				`import { staticSecurityHeaders } from './security-headers.js';\n` +
					`import { directServing } from './direct-serving.js';\n${wired}`
			);
		}
	};
}
