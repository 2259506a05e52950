package kz.qoltanba.bridge.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads the files a command names, with messages that say which file and what is wrong with it. */
final class InputFiles {
    private InputFiles() {}

    /** The whole file; {@code role} says what it is for ("input", "content", ...). */
    static byte[] read(Path file, String role) throws CommandFailedException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailedException("The " + role + " file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new CommandFailedException("The " + role + " file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A stream over the file, for content read once in constant memory. */
    static InputStream open(Path file, String role) throws CommandFailedException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailedException("The " + role + " file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new CommandFailedException("The " + role + " file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every certificate in a DER or PEM file (a PEM file may hold several). */
    static List<X509Certificate> certificates(Path file, String role) throws CommandFailedException {
        byte[] bytes = read(file, role);
        try {
            List<X509Certificate> found = new ArrayList<>();
            for (var certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                found.add((X509Certificate) certificate);
            }
            if (found.isEmpty()) {
                throw new CommandFailedException("The " + role + " file " + file + " holds no certificate.");
            }
            return found;
        } catch (CertificateException e) {
            throw new CommandFailedException(
                    "The " + role + " file " + file + " is not a DER or PEM certificate: " + e.getMessage(), e);
        }
    }

    /** Every CRL in a DER or PEM file. */
    static List<X509CRL> crls(Path file) throws CommandFailedException {
        byte[] bytes = read(file, "CRL");
        try {
            List<X509CRL> found = new ArrayList<>();
            for (var crl : CertificateFactory.getInstance("X.509").generateCRLs(new ByteArrayInputStream(bytes))) {
                found.add((X509CRL) crl);
            }
            if (found.isEmpty()) {
                throw new CommandFailedException("The CRL file " + file + " holds no CRL.");
            }
            return found;
        } catch (CertificateException | CRLException e) {
            throw new CommandFailedException("The CRL file " + file + " is not a DER or PEM CRL: " + e.getMessage(), e);
        }
    }

    /** Writes a result, replacing the file. */
    static void write(Path file, byte[] bytes) throws CommandFailedException {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new CommandFailedException("The output file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }
}
