/**
 * Verification of CMS signatures with a report modelled on EU DSS's simple report: an overall
 * {@link kz.qoltanba.signing.validation.Indication}, a
 * {@link kz.qoltanba.signing.validation.SubIndication} and, per signer, every check with its
 * {@link kz.qoltanba.signing.validation.Outcome}.
 *
 * <p>Validity is judged at the <em>best signature time</em>: the generation time of a valid signature
 * timestamp when there is one, otherwise the validation instant of the options' clock. The claimed
 * signingTime attribute is reported but never trusted, since the signer chose it.
 */
@Export
@Version("0.1.0")
package kz.qoltanba.signing.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
