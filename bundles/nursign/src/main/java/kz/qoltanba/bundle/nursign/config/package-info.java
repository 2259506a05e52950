/** {@code nursign.properties}: locations, keys, aliases, defaults, bad values, reloading. */
package kz.qoltanba.bundle.nursign.config;
