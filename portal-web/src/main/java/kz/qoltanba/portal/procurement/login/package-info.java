/**
 * The procurement login (spec L5): the certificate step (an XML challenge signed with the AUTH key through the
 * signing pipeline), then either the registration form with the signed user agreement or the password step,
 * and the mailed links (activation, recovery).
 */
package kz.qoltanba.portal.procurement.login;
