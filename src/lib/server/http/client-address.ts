/**
 * The request's address as SvelteKit gives it (honouring ADDRESS_HEADER and XFF_DEPTH behind a
 * proxy). A proxy that should send the header but did not leaves every such request under one
 * shared name, which throttles them together rather than failing the request.
 */
export function clientAddress(event: { getClientAddress(): string }): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
