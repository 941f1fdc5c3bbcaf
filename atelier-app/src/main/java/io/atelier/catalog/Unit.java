package io.atelier.catalog;

/** The unit an item is counted in; BOM quantities and stock are in the component's unit. */
public enum Unit {

	PCS, SET, M, M2, M3, KG, L

}
