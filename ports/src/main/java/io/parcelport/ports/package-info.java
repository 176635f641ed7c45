/**
 * What the ports of Parcelport share: the commands and queries they take, the per-item outcomes they return, and the
 * sealed family of backend failures they may throw.
 *
 * <p>Everything here speaks the domain's language ({@code io.parcelport.domain}) and the JDK's; no backend's wire
 * format appears. Error model, in three tiers: programming errors are {@link java.lang.NullPointerException} or
 * {@link java.lang.IllegalArgumentException} naming the bad value; expected outcomes (not found, already exists,
 * an item of a batch refused) are {@link java.util.Optional} or {@link io.parcelport.ports.ItemOutcome}; backend
 * failures are the subclasses of {@link io.parcelport.ports.BackendException}.
 */
package io.parcelport.ports;
