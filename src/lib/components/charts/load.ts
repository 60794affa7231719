import type { Chart as ChartClass } from 'chart.js';

// The one place Chart.js is loaded: in the browser only, on demand, registering just the parts a
// page's charts use. The destructured import lets the bundler leave the rest of Chart.js out.

export type ChartKind = 'line' | 'bar' | 'scatter' | 'matrix';

export async function loadChart(kinds: readonly ChartKind[]): Promise<typeof ChartClass> {
	const {
		Chart,
		CategoryScale,
		LinearScale,
		Tooltip,
		Legend,
		LineController,
		LineElement,
		PointElement,
		BarController,
		BarElement,
		ScatterController
	} = await import('chart.js');
	const parts: Parameters<typeof Chart.register> = [CategoryScale, LinearScale, Tooltip, Legend];
	if (kinds.includes('line')) parts.push(LineController, LineElement, PointElement);
	if (kinds.includes('bar')) parts.push(BarController, BarElement);
	if (kinds.includes('scatter')) parts.push(ScatterController, LineElement, PointElement);
	if (kinds.includes('matrix')) {
		const { MatrixController, MatrixElement } = await import('chartjs-chart-matrix');
		parts.push(MatrixController, MatrixElement);
	}
	Chart.register(...parts);
	return Chart;
}
