package kz.qoltanba.portal.procurement;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects mails instead of sending them, and reads links and passwords out of them. */
public final class CapturedMail implements OutgoingMail {
    public record Mail(String to, String subject, String body) {}

    private final List<Mail> mails = new CopyOnWriteArrayList<>();

    @Override
    public void send(java.sql.Connection c, String to, String subject, String body) {
        mails.add(new Mail(to, subject, body));
    }

    public List<Mail> all() {
        return List.copyOf(mails);
    }

    public Mail last() {
        if (mails.isEmpty()) {
            throw new AssertionError("no mail was sent");
        }
        return mails.get(mails.size() - 1);
    }

    /** The token of the last mail's link to {@code path} (e.g. "/procurement/activate"). */
    public String lastToken(String path) {
        Matcher m = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)")
                .matcher(last().body());
        if (!m.find()) {
            throw new AssertionError("the last mail has no link to " + path + ": " + last().body());
        }
        return m.group(1);
    }

    public String lastTemporaryPassword() {
        Matcher m = Pattern.compile("временный пароль: (\\S+)").matcher(last().body());
        if (!m.find()) {
            throw new AssertionError("the last mail has no temporary password");
        }
        return m.group(1);
    }
}
