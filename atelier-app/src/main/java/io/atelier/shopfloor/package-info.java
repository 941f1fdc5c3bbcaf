/**
 * The shop floor (车间现场): what operators report from their phones and what travels with the work. Production reports
 * are applied exactly once (event ids, device order, the supervisor's exception queue). Job cards (流转卡, travellers)
 * are printed per work order with a QR code per operation, and badges and machine labels carry QR codes too; all of
 * them encode a {@link io.atelier.shopfloor.ScanCode}, the one format the phone screens read.
 * Handovers between workshops are scanned out by the sender and confirmed by the receiver's count and password;
 * a count that differs opens a discrepancy for the supervisors ({@link io.atelier.shopfloor.Handovers}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shop floor")
package io.atelier.shopfloor;
