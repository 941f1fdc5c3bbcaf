package io.atelier.catalog;

/** Whether the factory makes an item (it then has a BOM and a routing) or buys it (with a lead time). */
public enum Procurement {

	MAKE, BUY

}
