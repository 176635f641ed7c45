/**
 * The HTTP plumbing every REST backend of Parcelport shares, free of any vendor's wire format:
 * {@link io.parcelport.rest.RestTransport} sends one request through a MicroProfile Rest Client interface or a plain
 * JAX-RS client (RESTEasy on Apache HttpClient, its hidden retries off) and reads a size- and deadline-capped body;
 * {@link io.parcelport.rest.ApiKeyFilter} puts the key on each request; {@link io.parcelport.rest.BaseUris} refuses
 * base URIs a key must not be sent to; {@link io.parcelport.rest.WireLogSilencer} keeps the clients' wire loggers
 * from printing it; {@link io.parcelport.rest.IdCache} remembers a backend's ids for shipment keys;
 * {@link io.parcelport.rest.ConstantHeaderFillerFactory} stands in for the RESTEasy jar left off the path. Nothing here
 * retries or paces: that is the backends' {@code io.parcelport.pacing}.
 */
package io.parcelport.rest;
