/**
 * The carriers a backend can track with: a carrier's code, name and kind.
 */
package io.parcelport.domain.carrier;
