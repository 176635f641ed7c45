/**
 * Logistics insights a backend answers besides tracking: whether a place is a remote area for a
 * carrier, and how long a carrier takes between two countries.
 */
package io.parcelport.domain.insight;
