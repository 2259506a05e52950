package kz.qoltanba.portal.social.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The reviewer accounts of each УКЗиСП, provisioned by an administrator (L2). */
public final class Reviewers {
    /** A reviewer account: its id and the full name shown in «Действия». */
    public record Reviewer(long id, String ukzispBin, String iin, String fullName) {}

    public Optional<Reviewer> find(Connection c, String ukzispBin, String iin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, ukzisp_bin, iin, full_name FROM social_reviewer WHERE ukzisp_bin = ? AND iin = ?")) {
            s.setString(1, ukzispBin);
            s.setString(2, iin);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new Reviewer(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)))
                        : Optional.empty();
            }
        }
    }

    /** Adds a УКЗиСП (if new) and a reviewer account in it (if new). */
    public void provision(
            Connection c,
            String ukzispBin,
            String nameRu,
            String nameKk,
            String katoPrefix,
            String iin,
            String fullName)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_ukzisp (bin, name_ru, name_kk, kato_prefix)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (bin) DO NOTHING")) {
            s.setString(1, ukzispBin);
            s.setString(2, nameRu);
            s.setString(3, nameKk);
            s.setString(4, katoPrefix);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_reviewer (ukzisp_bin, iin, full_name)"
                + " VALUES (?, ?, ?) ON CONFLICT (ukzisp_bin, iin) DO NOTHING")) {
            s.setString(1, ukzispBin);
            s.setString(2, iin);
            s.setString(3, fullName);
            s.executeUpdate();
        }
    }
}
