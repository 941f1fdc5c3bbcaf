package io.atelier.shopfloor;

/**
 * The answer to one report, as stored with it and given again to every retry: the HTTP status and the JSON body.
 * {@code 200} applied, {@code 202} held until the device's earlier reports arrive, {@code 422} sent to the exception
 * queue, {@code 409} the event id came with another payload before.
 */
public record ReportOutcome(int status, String body) {

	public boolean problem() {
		return status >= 400;
	}
}
