package io.atelier.orders;

/** What a change request changes of a released order (docs/orders.md, "Change requests"). */
public enum ChangeKind {
	/** A line's quantity ({@code lineNo}, {@code quantity}). */
	CHANGE_QUANTITY,
	/** A configured line's parameter values, all of them ({@code lineNo}, {@code parameters}, optional {@code templateVersion}). */
	CHANGE_PARAMETERS,
	/** A new line ({@code line}). */
	ADD_LINE,
	/** A line no longer wanted ({@code lineNo}). */
	REMOVE_LINE,
	/** Requested date, promised date and/or one line's due date ({@code lineNo}, {@code lineDueDate}); empty keeps. */
	CHANGE_DATES,
	/** The order's priority. */
	CHANGE_PRIORITY,
	/** The whole order. */
	CANCEL
}
