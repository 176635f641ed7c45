/**
 * Driven ports: what a tracking backend (TrackingMore v2, the in-memory backend, any other carrier aggregator)
 * implements for Parcelport to call.
 *
 * <p>Every contract stated here is checked by the port contract kit, which every backend adapter runs. Common rules:
 * <ul>
 *   <li>Many-item operations take at most {@link io.parcelport.ports.BackendLimits#maxBatchSize()} items and return
 *       exactly one {@link io.parcelport.ports.ItemOutcome} per item, in input order; a larger batch is refused as a
 *       whole with {@link io.parcelport.ports.InvalidRequestException} and reason
 *       {@link io.parcelport.ports.RejectionReason#LIMIT_EXCEEDED}, and nothing of it is done.</li>
 *   <li>An item's outcome does not depend on the other items of its batch, except that the same key twice in one
 *       batch is done once and reported {@code ALREADY_EXISTS} (create) or {@code NOT_FOUND} (delete) the second
 *       time.</li>
 *   <li>Absence is {@link java.util.Optional} or a {@code NOT_FOUND} outcome, never an exception.</li>
 *   <li>Backend failures are {@link io.parcelport.ports.BackendException}s; a backend never lets its own exception
 *       types (HTTP client, JSON binding) escape.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 */
package io.parcelport.ports.out;
