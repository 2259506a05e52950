/**
 * JMH benchmarks and the large-file harness comparing signing-core with the raw signature primitive,
 * OpenSSL and Santuario. Not an API: built only with the {@code bench} profile; see {@code RESULTS.md}.
 */
package kz.qoltanba.benchmarks;
