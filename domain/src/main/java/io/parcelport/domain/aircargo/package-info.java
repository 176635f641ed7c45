/**
 * Air cargo tracked by air waybill: the waybill and its airline, airports, flight numbers and flight
 * legs, cargo events with their status codes, and weights.
 */
package io.parcelport.domain.aircargo;
