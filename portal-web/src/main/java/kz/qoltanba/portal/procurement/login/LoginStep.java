package kz.qoltanba.portal.procurement.login;

import java.util.Optional;
import kz.qoltanba.portal.procurement.account.CertificateHolder;

/** A session that passed the certificate step: who it is, and the signed agreement once registration has one. */
record LoginStep(String sessionId, CertificateHolder holder, Optional<Long> agreementDocumentId) {}
