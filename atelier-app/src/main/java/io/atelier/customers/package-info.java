/**
 * The factory's customers and how to reach them. Orders, the customer portal and customer users refer to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package io.atelier.customers;
