/**
 * MicroProfile wiring: {@link io.parcelport.cdi.ParcelportSettings} reads the backend's configuration from
 * MicroProfile Config, and {@link io.parcelport.cdi.ParcelportProducer} makes the backend and every use case
 * injectable in a CDI container.
 *
 * <p>Configuration keys (any MicroProfile Config source: {@code microprofile-config.properties}, system properties,
 * environment variables such as {@code PARCELPORT_TRACKINGMORE_API_KEY}):
 * <pre>
 * parcelport.backend                          embedded (default) | trackingmore | trackingmore-v4 | aftership
 * parcelport.trackingmore.api-key             the key; else the environment variable TRACKINGMORE_API_KEY
 * parcelport.trackingmore.base-url            default https://api.trackingmore.com/v2; else TRACKINGMORE_BASE_URL
 * parcelport.trackingmore.connect-timeout     ISO-8601 or 10s / 500ms / 2m (default 10s)
 * parcelport.trackingmore.read-timeout        same (default 30s)
 * parcelport.trackingmore.deadline            the longest one call may take, waits and retries included (5m)
 * parcelport.trackingmore.max-attempts        attempts per call, the first included (3)
 * parcelport.trackingmore.realtime-per-second real-time calls per second (3)
 * parcelport.trackingmore.list-per-second     list calls per second (1)
 * parcelport.trackingmore.other-per-second    other calls per second (0 = unpaced)
 * parcelport.embedded.demo-shipments          demo shipments of the embedded backend (0)
 * parcelport.aftership.api-key                the AfterShip key; else AFTERSHIP_API_KEY (also base-url, else
 *                                             AFTERSHIP_BASE_URL; connect-timeout, read-timeout, deadline, max-attempts)
 * </pre>
 */
package io.parcelport.cdi;
