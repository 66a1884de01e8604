package dev.opentill.demo;

/**
 * A demo category with the parts its product names are made of. {@code share} is its part of the
 * generated products in per mille; weighed categories sell by the kilogram through scale labels.
 */
record DemoCategory(String code, String nameZh, String nameEn, String taxClass, boolean quickKey, boolean weighed,
        int share, NameParts parts) {
}
