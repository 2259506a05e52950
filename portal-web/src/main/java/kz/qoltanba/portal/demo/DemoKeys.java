package kz.qoltanba.portal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyFiles;

/**
 * Writes the demo people's key files into one folder, NCA-style names ({@code AUTH_RSA_<code>.p12},
 * {@code GOSTKNCA_<code>.p12} for a legal entity's signing key, {@code RSA_<code>.p12} for an individual's), each
 * with its password in {@code <name>.password} (owner-only), so the folder is also the bridge's
 * {@code --keys-dir}. The whole dev PKI (every persona, CA certificates, CRLs) goes to {@code pki/} beside them.
 * The dev PKI is generated at each start, so the files are rewritten at each start.
 */
public final class DemoKeys {
    /** The password of every demo key file (the spec's fixture password). */
    public static final String PASSWORD = "Qwerty12";

    /**
     * The login password of the demo's registered procurement user ({@code procurement-user}): certificate step
     * with its AUTH key, then this password.
     */
    public static final String PROCUREMENT_PASSWORD = "Qwerty12";

    private final DevPki pki;
    private final Clock clock;
    private final SecureRandom random;

    public DemoKeys(DevPki pki, Clock clock, SecureRandom random) {
        this.pki = pki;
        this.clock = clock;
        this.random = random;
    }

    /** Writes every key file to {@code directory} and returns who is who. */
    public DemoActors writeTo(Path directory) throws IOException, SigningException {
        Files.createDirectories(directory);
        List<DemoActor> actors = new ArrayList<>();
        actors.add(supplierDirector(directory));
        actors.add(secondSupplierDirector(directory));
        actors.add(reviewer(directory));
        actors.add(recipient(directory));
        actors.add(procurementUser(directory));
        pki.exportTo(directory.resolve("pki"), PASSWORD.toCharArray());
        DemoActors all = new DemoActors(actors);
        Files.writeString(directory.resolve("README.txt"), describe(all), StandardCharsets.UTF_8);
        return all;
    }

    private DemoActor supplierDirector(Path dir) throws IOException, SigningException {
        Persona head = Persona.LEGAL_HEAD;
        DevHolder holder = new DevHolder(
                "ЖАКСЫБЕКОВ",
                "ЕРЛАН",
                "СЕРИКОВИЧ",
                head.iin().orElseThrow(),
                "ТОО \"ДЕВ ТЕСТ\"",
                head.bin().orElseThrow());
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(
                "AUTH",
                write(
                        dir,
                        "AUTH_RSA_supplier-director",
                        issue(KeyAlgorithm.RSA, holder, KeyPurpose.AUTH, DevCertificates.HEAD)));
        files.put(
                "SIGN",
                write(
                        dir,
                        "GOSTKNCA_supplier-director",
                        pki.persona(head, KeyAlgorithm.GOST2015_512).keyEntry()));
        return actor("supplier-director", "Поставщик ТСР, первый руководитель", holder, files);
    }

    private DemoActor secondSupplierDirector(Path dir) throws IOException, SigningException {
        DevHolder holder =
                new DevHolder("СЕЙТКАЛИ", "АЙГЕРИМ", "МАРАТОВНА", "900202400220", "ТОО \"СОЦПАКЕТ\"", "190640023453");
        return legalEntity(
                dir,
                "supplier2-director",
                "Поставщик (вторая организация), первый руководитель",
                holder,
                DevCertificates.HEAD);
    }

    private DemoActor reviewer(Path dir) throws IOException, SigningException {
        DevHolder holder =
                new DevHolder("КИМ", "ОЛЕГ", "ВЛАДИМИРОВИЧ", "810808300884", "УКЗИСП Г. АЛМАТЫ", "990440000226");
        return legalEntity(
                dir,
                "reviewer",
                "Сотрудник ГО (УКЗиСП), рассмотрение заявлений",
                holder,
                DevCertificates.SIGNING_RIGHT);
    }

    private DemoActor recipient(Path dir) throws IOException, SigningException {
        Persona auth = Persona.INDIVIDUAL_AUTH;
        DevHolder holder =
                new DevHolder("САТПАЕВА", "АЙГЕРИМ", "НУРЛАНОВНА", auth.iin().orElseThrow(), null, null);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(
                "AUTH",
                write(
                        dir,
                        "AUTH_RSA_recipient",
                        pki.persona(auth, KeyAlgorithm.RSA).keyEntry()));
        files.put(
                "SIGN",
                write(
                        dir,
                        "RSA_recipient",
                        pki.persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA).keyEntry()));
        return actor("recipient", "Получатель услуг (физическое лицо)", holder, files);
    }

    private DemoActor procurementUser(Path dir) throws IOException, SigningException {
        Persona employee = Persona.LEGAL_EMPLOYEE;
        DevHolder holder = new DevHolder(
                "ИВАНОВА",
                "МАРИЯ",
                "ПЕТРОВНА",
                employee.iin().orElseThrow(),
                "ТОО \"ДЕВ ТЕСТ\"",
                employee.bin().orElseThrow());
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(
                "AUTH",
                write(
                        dir,
                        "AUTH_RSA_procurement-user",
                        issue(KeyAlgorithm.RSA, holder, KeyPurpose.AUTH, DevCertificates.EMPLOYEE)));
        files.put(
                "SIGN",
                write(
                        dir,
                        "GOSTKNCA_procurement-user",
                        pki.persona(employee, KeyAlgorithm.GOST2015_512).keyEntry()));
        return actor("procurement-user", "Пользователь системы электронных закупок", holder, files);
    }

    private DemoActor legalEntity(Path dir, String code, String role, DevHolder holder, String roleOid)
            throws IOException, SigningException {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("AUTH", write(dir, "AUTH_RSA_" + code, issue(KeyAlgorithm.RSA, holder, KeyPurpose.AUTH, roleOid)));
        files.put(
                "SIGN",
                write(dir, "GOSTKNCA_" + code, issue(KeyAlgorithm.GOST2015_512, holder, KeyPurpose.SIGN, roleOid)));
        return actor(code, role, holder, files);
    }

    private KeyEntry issue(KeyAlgorithm algorithm, DevHolder holder, KeyPurpose purpose, String role)
            throws SigningException {
        return DevCertificates.issue(pki, algorithm, holder, purpose, role, clock, random);
    }

    private static DemoActor actor(String code, String role, DevHolder holder, Map<String, Path> files) {
        return new DemoActor(
                code, role, holder.commonName(), holder.iin(), holder.bin(), holder.organisation(), files, PASSWORD);
    }

    private static Path write(Path dir, String name, KeyEntry key) throws IOException, SigningException {
        Path file = dir.resolve(name + ".p12");
        KeyFiles.writePkcs12(file, key.privateKey(), key.chain(), PASSWORD.toCharArray());
        Path password = dir.resolve(name + ".password");
        Files.writeString(password, PASSWORD + "\n", StandardCharsets.UTF_8);
        ownerOnly(password);
        ownerOnly(file);
        return file;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }

    static String describe(DemoActors actors) {
        StringBuilder text = new StringBuilder("Demo key files (development only). Password of every file: ")
                .append(PASSWORD)
                .append("\n\n");
        for (DemoActor actor : actors.all()) {
            text.append(actor.code()).append(": ").append(actor.role()).append('\n');
            text.append("  ").append(actor.displayName()).append(", IIN ").append(actor.iin());
            if (actor.bin() != null) {
                text.append(", ").append(actor.organisation()).append(", BIN ").append(actor.bin());
            }
            text.append('\n');
            actor.keyFiles()
                    .forEach((purpose, file) -> text.append("  ")
                            .append(purpose)
                            .append(": ")
                            .append(file.getFileName())
                            .append('\n'));
        }
        text.append("\nprocurement-user is registered and active: log in to the procurement area with its AUTH key, "
                        + "then the password ")
                .append(PROCUREMENT_PASSWORD)
                .append('\n');
        text.append("\npki/: every persona of the development PKI (also revoked, expired, untrusted) with CA "
                + "certificates and CRLs; see pki/INDEX.md.\n");
        return text.toString();
    }
}
