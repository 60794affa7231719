import type { Chart as ChartClass } from 'chart.js';

// The one place Chart.js is loaded: in the browser only, on demand, registering just the parts a
// page's charts use so that the bundle stays small. Pages without charts never load it.

export type ChartKind = 'line' | 'bar' | 'scatter' | 'matrix';

export async function loadChart(kinds: readonly ChartKind[]): Promise<typeof ChartClass> {
	const lib = await import('chart.js');
	const parts: Parameters<typeof lib.Chart.register> = [
		lib.CategoryScale,
		lib.LinearScale,
		lib.Tooltip,
		lib.Legend
	];
	if (kinds.includes('line')) parts.push(lib.LineController, lib.LineElement, lib.PointElement);
	if (kinds.includes('bar')) parts.push(lib.BarController, lib.BarElement);
	if (kinds.includes('scatter')) {
		parts.push(lib.ScatterController, lib.LineElement, lib.PointElement);
	}
	if (kinds.includes('matrix')) {
		const matrix = await import('chartjs-chart-matrix');
		parts.push(matrix.MatrixController, matrix.MatrixElement);
	}
	lib.Chart.register(...parts);
	return lib.Chart;
}
