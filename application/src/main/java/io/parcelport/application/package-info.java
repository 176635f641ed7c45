/**
 * The use-case services: plain Java implementations of the driving ports ({@code io.parcelport.ports.in}) that call
 * the driven ports ({@code io.parcelport.ports.out}) of one tracking backend.
 *
 * <p>What belongs here is what makes a backend's limits disappear for the caller: splitting work into backend-sized
 * chunks ({@link io.parcelport.application.BatchRunner}), pacing calls to the backend's rate limits
 * ({@link io.parcelport.application.RateLimiter}, {@link io.parcelport.application.RateLimitRetry}), paging lazily,
 * caching what costs quota, and turning backend failures into per-item outcomes. {@link
 * io.parcelport.application.Parcelport} wires every service over one backend. No framework annotations: a
 * container may construct these classes, but nothing here needs one.
 */
package io.parcelport.application;
