package kz.qoltanba.portal.login;

import java.util.Objects;
import kz.qoltanba.portal.signing.SubjectKind;

/**
 * Where a certificate login leads: the area's code (URL segment and {@code Principal.area}), the area named in
 * the challenge ({@code SOCIAL}, {@code GO}, {@code PROCUREMENT}) and the kind of holder whose AUTH key it takes.
 */
public record LoginArea(String code, String challengeArea, SubjectKind subject) {
    /** ТСР/ГСП suppliers and МСУ: the legal entity's AUTH key. */
    public static final LoginArea SUPPLIER = new LoginArea("supplier", "SOCIAL", SubjectKind.LEGAL);
    /** УКЗиСП reviewers («РМ сотрудника ГО»): their legal entity's AUTH key. */
    public static final LoginArea REVIEWER = new LoginArea("reviewer", "GO", SubjectKind.LEGAL);
    /** Service recipients: an individual's AUTH key. */
    public static final LoginArea RECIPIENT = new LoginArea("recipient", "SOCIAL", SubjectKind.INDIVIDUAL);
    /** The procurement area, before its password step: any holder's AUTH key. */
    public static final LoginArea PROCUREMENT = new LoginArea("procurement", "PROCUREMENT", SubjectKind.ANY);

    public LoginArea {
        if (code == null || !code.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("code: a lower-case word, got '" + code + "'");
        }
        if (challengeArea == null || !challengeArea.matches("[A-Z]+")) {
            throw new IllegalArgumentException("challengeArea: an upper-case word, got '" + challengeArea + "'");
        }
        Objects.requireNonNull(subject, "subject");
    }
}
