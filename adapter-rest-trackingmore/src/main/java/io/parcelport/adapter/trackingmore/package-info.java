/**
 * The TrackingMore API v2 adapter: {@link io.parcelport.adapter.trackingmore.TrackingMoreBackend} implements every
 * driven port over MicroProfile Rest Client (RESTEasy) and JSON-B (Yasson), configured by
 * {@link io.parcelport.adapter.trackingmore.TrackingMoreConfig} (with its
 * {@link io.parcelport.adapter.trackingmore.RateLimits}); {@link io.parcelport.adapter.trackingmore.TrackingMoreWebhooks}
 * verifies and reads webhooks. The adapter owns TrackingMore's pacing (rates, cool-down, retries, deadline), built
 * on {@code io.parcelport.pacing}.
 *
 * <p>Everything else here is package-private: the REST interface, the wire records and the one mapper per area
 * (shipments, air cargo, carriers, account, insights). Reading is tolerant (reference §8 of
 * {@code trackingmore-v2.md}), writing strict, and no HTTP-client or JSON exception crosses a port.
 *
 * <h2>Idempotency</h2>
 * <p>Which TrackingMore calls may be repeated, and what the adapter does after an ambiguous failure of each (a read
 * timeout, a reset, any 5xx including 503, an unreadable answer: the server may have acted). A vendor 429 and a
 * refused connection prove that nothing happened, so every call is repeated after them (within the retry policy,
 * the capped {@code Retry-After} and the call's deadline). The flags live in {@code Endpoint}; no layer below the
 * adapter repeats anything (the HTTP client's own retries are off).
 * <table>
 *   <caption>Per endpoint: is a repeat safe, and what happens after an ambiguous failure</caption>
 *   <tr><th>Endpoint</th><th>Repeat safe?</th><th>After an ambiguous failure</th></tr>
 *   <tr><td>{@code GET /trackings/{c}/{n}}, {@code GET /trackings/get}, account, status counts, carriers, remote
 *       areas, transit times, detect</td><td>yes (reads)</td><td>repeated</td></tr>
 *   <tr><td>{@code POST /trackings/post}, {@code POST /trackings/batch}</td><td>yes in effect: a repeated item
 *       answers 4016 and costs nothing</td><td>repeated; each item answered 4016 by a repeat is read back with its
 *       own {@code GET} (whose failure never re-sends the create) and reported accepted with
 *       {@code ItemOutcome.foundOnRepeat()}, as this call may have created it; if the read-back fails it stays
 *       {@code ALREADY_EXISTS}, done for an import, saying so</td></tr>
 *   <tr><td>{@code PUT /trackings/{c}/{n}}, {@code POST /trackings/updatemore}, {@code POST /trackings/notupdate}
 *       </td><td>yes: they set values</td><td>repeated</td></tr>
 *   <tr><td>{@code DELETE /trackings/{c}/{n}}, {@code POST /trackings/delete}</td><td>yes in effect: the state
 *       holds, though a repeat may read {@code NOT_FOUND}</td><td>repeated</td></tr>
 *   <tr><td>{@code POST /trackings/realtime}</td><td>yes: registers as create does, then reads</td>
 *       <td>repeated, each attempt waiting on the real-time limiter</td></tr>
 *   <tr><td>{@code POST /trackings/update} (change carrier)</td><td><b>no</b>: after it, the old key is gone</td>
 *       <td>not repeated: the failure is reported. After a success the shipment is read under its new key as a
 *       separate call; when that read fails the outcome is still accepted (with only the new key)</td></tr>
 *   <tr><td>{@code POST /trackings/aircargo}</td><td><b>no</b>: each call costs 20 quota units</td>
 *       <td>not repeated: the failure is reported</td></tr>
 * </table>
 */
package io.parcelport.adapter.trackingmore;
