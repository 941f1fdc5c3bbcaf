package io.atelier.catalog;

/** What an item is to the factory: a material it consumes, a part it makes or buys, or a product it sells. */
public enum ItemType {

	MATERIAL, PART, PRODUCT

}
