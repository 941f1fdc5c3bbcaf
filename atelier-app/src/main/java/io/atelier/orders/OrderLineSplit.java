package io.atelier.orders;

import java.math.BigDecimal;

/** A line of a draft or confirmed order was split: {@code newLineNo} takes {@code quantity} of line {@code lineNo}. */
public record OrderLineSplit(long orderId, String orderNumber, int lineNo, int newLineNo, BigDecimal quantity) {
}
