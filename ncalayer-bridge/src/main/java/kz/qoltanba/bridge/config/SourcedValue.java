package kz.qoltanba.bridge.config;

/** A raw configuration value and where it came from, so that an error can say both. */
record SourcedValue(String value, String source) {}
