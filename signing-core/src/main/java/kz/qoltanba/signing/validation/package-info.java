/**
 * Verification of CMS ({@link kz.qoltanba.signing.validation.CmsVerifier}) and XMLDSig
 * ({@link kz.qoltanba.signing.validation.XmlVerifier}) signatures with a report modelled on EU DSS's
 * simple report: an overall {@link kz.qoltanba.signing.validation.Indication} and
 * {@link kz.qoltanba.signing.validation.SubIndication}, and per signer every
 * {@link kz.qoltanba.signing.validation.CheckName check} with its
 * {@link kz.qoltanba.signing.validation.Outcome} and a reason. A check that did not run is NOT_CHECKED,
 * never PASSED.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Judged time.</b> Validity, chain and revocation are judged at the <em>best signature
 *       time</em>: the generation time of a valid signature timestamp when there is one, otherwise the
 *       validation instant of the options' clock (as EU DSS does). The claimed signingTime attribute is
 *       reported but never trusted: the signer chose it. A certificate revoked after the judged time is
 *       not REVOKED.
 *   <li><b>Revocation order.</b> The caller's OCSP responses, the caller's CRLs, the cache, the OCSP
 *       responders of the certificate (with a 32-byte nonce), then its CRL distribution points with
 *       their delta CRLs. The first GOOD or REVOKED answer decides.
 *   <li><b>Invalid answers are not "unreachable".</b> An OCSP response or CRL that arrived but fails its
 *       checks (signature, responder authorisation, freshness, nonce, status unknown) makes the signer
 *       INDETERMINATE / REVOCATION_UNAVAILABLE under HARD <em>and</em> SOFT; only "nothing reachable" or
 *       "no source" is tolerated by SOFT.
 *   <li><b>Nonce.</b> A response to our request that does not echo our nonce is rejected as a possible
 *       replay, unless {@code requireOcspNonce(false)} (for responders that only serve pre-produced
 *       responses); freshness still bounds replays then. Caller-supplied responses carry no nonce of ours
 *       and are checked for signature, responder and freshness only.
 *   <li><b>Responders.</b> The CA itself, or a certificate the CA issued with id-kp-OCSPSigning, valid
 *       now.
 *   <li><b>Chains</b> are built link by link (name, AKI/SKI, signature under the issuer's key through
 *       {@link kz.qoltanba.signing.algorithm.Signatures}, so KZ GOST works), to anchors that may be
 *       intermediates; every non-anchor CA needs cA with a sufficient path length, keyCertSign and
 *       validity at the judged time.
 * </ul>
 *
 * <h2>Known limits</h2>
 *
 * <ul>
 *   <li>Revocation is checked for the signer's certificate only, not for the CA certificates of its
 *       chain nor for the TSA's certificate.
 *   <li>Indirect CRLs, name constraints and certificate policies are not processed.
 *   <li>XMLDSig signatures carry no timestamp here (no XAdES), so they are judged at the validation
 *       instant.
 * </ul>
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
