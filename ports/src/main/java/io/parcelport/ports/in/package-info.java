/**
 * Driving ports: the use cases Parcelport offers to applications, command-line tools and servers.
 *
 * <p>Unlike the driven ports, use cases take any number of items: they split work to fit the backend's limits, pace
 * it to the backend's rate limits, and return one outcome per input item in input order. Input that is invalid on
 * its face is rejected locally, item by item, before any backend call.
 */
package io.parcelport.ports.in;
