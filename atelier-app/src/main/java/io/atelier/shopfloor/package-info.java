/**
 * The shop floor (车间现场): what travels with the work and what is scanned there. Job cards (流转卡, travellers) are
 * printed per work order with a QR code per operation, and badges and machine labels carry QR codes too; all of them
 * encode a {@link io.atelier.shopfloor.ScanCode}, the one format the phone screens will read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shop floor")
package io.atelier.shopfloor;
