/**
 * Parcelport's pacing shared by a fleet: the {@link io.parcelport.pacing.Limiters} port over Bucket4j, with Redis
 * (Lettuce) and Hazelcast stores ready-made. A driven adapter of the pacing layer; it knows no vendor.
 */
package io.parcelport.limiter.bucket4j;
