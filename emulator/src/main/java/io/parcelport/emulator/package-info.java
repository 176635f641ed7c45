/**
 * A TrackingMore API v2 and v4 emulator: {@link io.parcelport.emulator.Emulator} serves the v2 endpoints and the v4
 * calls of the official SDKs on 127.0.0.1, one server over one set of shipments, over Parcelport's use cases and the
 * in-memory backend, configured by
 * {@link io.parcelport.emulator.EmulatorOptions} (or flags and environment variables read by
 * {@link io.parcelport.emulator.EmulatorArgs}); {@link io.parcelport.emulator.EmulatorMain} is the composition root
 * and command-line entry point; {@link io.parcelport.emulator.EmulatorExtension} runs one per JUnit test class, and
 * {@link io.parcelport.emulator.WebhookReceiver} takes its webhooks in a test.
 *
 * <p>A driving adapter: the HTTP handlers see only the driving ports ({@code io.parcelport.ports.in}); only
 * {@code EmulatorMain} touches the backend and the services, to wire them (and hands the v4 face a function from a
 * tracking id to its key, built on the backend's id index). The wire format comes from
 * {@code io.parcelport.wire.trackingmore}, shared with the REST adapter.
 */
package io.parcelport.emulator;
