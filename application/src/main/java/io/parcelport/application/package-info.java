/**
 * The use-case services: plain Java implementations of the driving ports ({@code io.parcelport.ports.in}) that call
 * the driven ports ({@code io.parcelport.ports.out}) of one tracking backend.
 *
 * <p>What belongs here is what makes a backend's limits disappear for the caller: splitting work into backend-sized
 * chunks ({@link io.parcelport.application.BatchRunner}), sending each key of a batch once, paging lazily, caching
 * what costs quota, turning backend failures into per-item outcomes, and passing every status a backend reports
 * through the domain ({@link io.parcelport.application.ShipmentEvents}). Pacing to a vendor's rate limits and
 * retrying are not here: the backend adapter that knows the vendor owns them. {@link
 * io.parcelport.application.Parcelport} wires every service over one backend and is the only way to them: the
 * services are package-private, and callers hold the use-case interfaces of {@code io.parcelport.ports.in}.
 */
package io.parcelport.application;
