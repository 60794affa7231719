// Chart colours come from the app's CSS variables (src/lib/styles/app.css), read from the
// element a chart is drawn in, so charts, tables and print follow one scheme.

export type Palette = {
	text: string;
	muted: string;
	grid: string;
	surface: string;
	series: string[];
	heat: string[];
	suppressed: string;
};

const SERIES = 6;

export function readPalette(element: Element): Palette {
	const style = getComputedStyle(element);
	const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	return {
		text: v('--color-text', '#1c2430'),
		muted: v('--color-muted', '#5a6577'),
		grid: v('--color-border', '#d8dde5'),
		surface: v('--color-surface', '#ffffff'),
		series: Array.from({ length: SERIES }, (_, i) => v(`--chart-${i + 1}`, '#1f5f8b')),
		heat: HEAT_LEVELS.map((level) => v(`--heat-${level}`, '#eeeeee')),
		suppressed: v('--heat-suppressed', '#eceef2')
	};
}

/** Heat levels 1 (worst) to 5 (best); CSS classes `heat-1` … `heat-5` colour table cells alike. */
export const HEAT_LEVELS = [1, 2, 3, 4, 5] as const;

/** What a figure is, for its colour: % favourable, a net promoter score, or a participation rate. */
export type HeatScale = 'favourable' | 'nps' | 'participation';

const BOUNDS: Record<HeatScale, number[]> = {
	favourable: [40, 55, 65, 75],
	nps: [-30, -10, 10, 30],
	participation: [40, 55, 70, 85]
};

export function heatLevel(value: number, scale: HeatScale): number {
	return BOUNDS[scale].filter((bound) => value >= bound).length + 1;
}

/** The colour legend of a scale, as text: "below 40", "40 to 55", … */
export type HeatLegendWords = {
	below: (n: number) => string;
	orMore: (n: number) => string;
	between: (from: number, to: number) => string;
};

const ENGLISH_LEGEND: HeatLegendWords = {
	below: (n) => `below ${n}`,
	orMore: (n) => `${n} or more`,
	between: (from, to) => `${from} to ${to}`
};

export function heatLegend(
	scale: HeatScale,
	words: HeatLegendWords = ENGLISH_LEGEND
): { level: number; text: string }[] {
	const bounds = BOUNDS[scale];
	return HEAT_LEVELS.map((level, i) => ({
		level,
		text:
			i === 0
				? words.below(bounds[0])
				: i === bounds.length
					? words.orMore(bounds[i - 1])
					: words.between(bounds[i - 1], bounds[i])
	}));
}
