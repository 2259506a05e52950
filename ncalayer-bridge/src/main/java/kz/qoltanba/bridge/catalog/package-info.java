/**
 * The signed module catalog ({@code ncalayer.der}: CMS SignedData over JSON, accepted only when a trusted
 * publisher signed it) and the installation of module bundles from it: downloads checked against the catalog's
 * SHA-256, drop-in jars from {@code <home>/bundles/}, update and removal, and the building of a signed catalog
 * for a folder of bundle jars.
 */
package kz.qoltanba.bridge.catalog;
