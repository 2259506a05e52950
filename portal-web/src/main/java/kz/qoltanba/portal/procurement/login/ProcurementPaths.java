package kz.qoltanba.portal.procurement.login;

/** The area's page paths. */
public final class ProcurementPaths {
    public static final String START = "/procurement";
    public static final String CHALLENGE = "/procurement/login/challenge";
    public static final String CERTIFICATE = "/procurement/login/certificate";
    public static final String OTHER_CERTIFICATE = "/procurement/login/other-certificate";
    public static final String PASSWORD = "/procurement/login/password";
    public static final String FORGOT = "/procurement/login/forgot";
    public static final String REGISTER = "/procurement/register";
    public static final String AGREEMENT_ISSUE = "/procurement/register/agreement/issue";
    public static final String AGREEMENT_COMPLETE = "/procurement/register/agreement/complete";
    public static final String ACTIVATE = "/procurement/activate";
    public static final String RECOVER = "/procurement/recover";
    public static final String CABINET = "/procurement/cabinet";
    public static final String PROFILE = "/procurement/cabinet/profile";
    public static final String CHANGE_PASSWORD = "/procurement/cabinet/password";
    public static final String FILES = "/procurement/cabinet/files";
    public static final String UPLOAD_TOKEN = "/procurement/cabinet/files/token";

    private ProcurementPaths() {}
}
