/**
 * The tracking account a backend works for: who it is, since when, and how much it can still spend.
 */
package io.parcelport.domain.account;
