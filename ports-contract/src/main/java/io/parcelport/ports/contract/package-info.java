/**
 * The port contract kit: abstract JUnit 5 test classes, one per driven port of {@code io.parcelport.ports.out},
 * written from the ports' Javadoc, that every tracking backend adapter extends with one factory method.
 *
 * <p>Extend {@link io.parcelport.ports.contract.TrackingBackendContract} once to run every contract, or extend the
 * per-port classes ({@link io.parcelport.ports.contract.ShipmentTrackerContract} and its siblings) one by one. What a
 * backend must know for the kit to run (carrier codes, an air waybill, numbers to detect) is listed on
 * {@link io.parcelport.ports.contract.ContractFixtures}.
 */
package io.parcelport.ports.contract;
