/**
 * Customer orders (订单): what a customer ordered, configured line by line through the configurator, and the order's
 * life cycle from draft to shipped. Other modules learn about orders through {@link io.atelier.orders.Orders} and the
 * past-tense events the order publishes ({@link io.atelier.orders.OrderReleased}, …).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package io.atelier.orders;
