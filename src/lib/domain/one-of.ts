/** Whether `value` is one of `list`'s members (a closed list, `as const`), narrowed to them. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (list as readonly string[]).includes(value);
}
