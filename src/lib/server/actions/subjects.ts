import { LIKERT_DRIVERS, DRIVER_LABELS, textFor } from '../../domain/questions';
import type { Db } from '../db';

// What a focus area can name: a Likert driver, or one of its current items.

export type FocusSubject = { value: string; label: string; driver: string };

export async function focusSubjects(db: Db, locale: string): Promise<FocusSubject[]> {
	const items = await db
		.selectFrom('questions')
		.select(['id', 'driver', 'texts'])
		.where('retired_at', 'is', null)
		.where('driver', 'in', [...LIKERT_DRIVERS])
		.orderBy('key')
		.execute();
	return LIKERT_DRIVERS.flatMap((driver) => [
		{ value: `driver:${driver}`, label: `${DRIVER_LABELS[driver]} (the whole driver)`, driver },
		...items
			.filter((q) => q.driver === driver)
			.map((q) => ({
				value: `item:${q.id}`,
				label: `${DRIVER_LABELS[driver]}: ${textFor(q.texts, locale)}`,
				driver
			}))
	]);
}
