/** The logged-in procurement user's cabinet: the activation notice, the password change, the uploaded files. */
package kz.qoltanba.portal.procurement.cabinet;
