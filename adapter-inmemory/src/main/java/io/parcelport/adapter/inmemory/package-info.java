/**
 * An in-memory tracking backend that behaves like TrackingMore v2 in every way a test can observe: limits, quota
 * costs, duplicates, per-item outcomes, paging, and shipments that move through realistic histories as (simulated)
 * time passes.
 *
 * <p>Public: {@link io.parcelport.adapter.inmemory.InMemoryBackend} and its builder, the controllable
 * {@link io.parcelport.adapter.inmemory.ManualClock}, {@link io.parcelport.adapter.inmemory.Faults} for failure
 * injection, {@link io.parcelport.adapter.inmemory.MagicNumbers} with scripted histories, and
 * {@link io.parcelport.adapter.inmemory.DemoData}. Everything else is package-private.
 */
package io.parcelport.adapter.inmemory;
