/** Which web pages may talk to the bridge: origin normal form, the origin table, the consent question. */
package kz.qoltanba.bridge.origin;
