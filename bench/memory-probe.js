// Loaded with `node --import` in front of the server by bench/memory.ts: on SIGUSR2 it writes
// the process's memory figures, as Node sees them, to the file MEMORY_PROBE_FILE names.
import { writeFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
	globalThis.gc?.();
	writeFileSync(
		process.env.MEMORY_PROBE_FILE ?? 'memory.json',
		JSON.stringify(process.memoryUsage())
	);
});
