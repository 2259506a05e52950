/**
 * Apache Santuario extension classes for the Kazakh GOST signature URIs. Santuario instantiates them by
 * reflection, so they must be public; they are not API and the package is not exported.
 */
package kz.qoltanba.signing.xml.santuario;
