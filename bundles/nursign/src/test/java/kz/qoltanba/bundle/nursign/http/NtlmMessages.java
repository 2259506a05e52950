package kz.qoltanba.bundle.nursign.http;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.MD4Digest;

/** The server side of the NTLM messages (MS-NLMP §2.2.1): checks types 1 and 3, builds type 2, checks NTLMv2. */
final class NtlmMessages {
    static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
    static final int NEGOTIATE_UNICODE = 0x1;
    static final int NEGOTIATE_OEM = 0x2;
    static final int REQUEST_TARGET = 0x4;
    static final int NEGOTIATE_NTLM = 0x200;
    private static final int ALWAYS_SIGN = 0x8000;
    private static final int TARGET_TYPE_DOMAIN = 0x10000;
    private static final int EXTENDED_SESSION_SECURITY = 0x80000;
    private static final int TARGET_INFO = 0x800000;

    private NtlmMessages() {}

    /** The client's NEGOTIATE message as the stub saw it. */
    record Negotiate(int flags) {}

    /** The client's AUTHENTICATE message: names, response lengths, and whether the NTLMv2 proof matched. */
    record Authenticate(
            String domain, String user, String workstation, int lmLength, int ntLength, boolean ntlmV2ProofValid) {}

    static Negotiate negotiate(byte[] message) {
        ByteBuffer in = header(message, 1);
        return new Negotiate(in.getInt(12));
    }

    /** A CHALLENGE for {@code domain} with {@code serverChallenge} (8 bytes) and a target-info list. */
    static byte[] challenge(byte[] serverChallenge, String domain) {
        byte[] target = domain.getBytes(StandardCharsets.UTF_16LE);
        byte[] info = targetInfo(domain);
        int offset = 56;
        ByteBuffer out =
                ByteBuffer.allocate(offset + target.length + info.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(SIGNATURE).putInt(2);
        out.putShort((short) target.length).putShort((short) target.length).putInt(offset);
        out.putInt(NEGOTIATE_UNICODE
                | REQUEST_TARGET
                | NEGOTIATE_NTLM
                | ALWAYS_SIGN
                | TARGET_TYPE_DOMAIN
                | EXTENDED_SESSION_SECURITY
                | TARGET_INFO);
        out.put(serverChallenge).put(new byte[8]);
        out.putShort((short) info.length).putShort((short) info.length).putInt(offset + target.length);
        out.put(new byte[] {6, 1, (byte) 0xb1, 0x1d, 0, 0, 0, 15});
        out.put(target).put(info);
        return out.array();
    }

    static Authenticate authenticate(byte[] message, byte[] serverChallenge, char[] password) throws Exception {
        ByteBuffer in = header(message, 3);
        boolean unicode = (in.getInt(60) & NEGOTIATE_UNICODE) != 0;
        byte[] lm = field(in, 12);
        byte[] nt = field(in, 20);
        String domain = text(field(in, 28), unicode);
        String user = text(field(in, 36), unicode);
        String workstation = text(field(in, 44), unicode);
        boolean valid = nt.length > 24 && ntlmV2Proof(password, user, domain, serverChallenge, nt);
        return new Authenticate(domain, user, workstation, lm.length, nt.length, valid);
    }

    /** NTProofStr = HMAC-MD5(NTOWFv2, serverChallenge ‖ blob), NTOWFv2 = HMAC-MD5(MD4(password), UPPER(user) ‖ domain). */
    private static boolean ntlmV2Proof(char[] password, String user, String domain, byte[] challenge, byte[] nt)
            throws Exception {
        byte[] ntHash = md4(new String(password).getBytes(StandardCharsets.UTF_16LE));
        byte[] ntowf = hmacMd5(ntHash, (user.toUpperCase(Locale.ROOT) + domain).getBytes(StandardCharsets.UTF_16LE));
        byte[] blob = Arrays.copyOfRange(nt, 16, nt.length);
        byte[] expected = hmacMd5(ntowf, concat(challenge, blob));
        return blob[0] == 1 && blob[1] == 1 && MessageDigest.isEqual(expected, Arrays.copyOf(nt, 16));
    }

    private static ByteBuffer header(byte[] message, int type) {
        ByteBuffer in = ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
        if (message.length < 16 || !Arrays.equals(Arrays.copyOf(message, 8), SIGNATURE)) {
            throw new IllegalArgumentException("not an NTLMSSP message");
        }
        if (in.getInt(8) != type) {
            throw new IllegalArgumentException("NTLM message type " + in.getInt(8) + ", expected " + type);
        }
        return in;
    }

    private static byte[] field(ByteBuffer in, int at) {
        int length = Short.toUnsignedInt(in.getShort(at));
        int offset = in.getInt(at + 4);
        return Arrays.copyOfRange(in.array(), offset, offset + length);
    }

    private static String text(byte[] bytes, boolean unicode) {
        return new String(bytes, unicode ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
    }

    private static byte[] targetInfo(String domain) {
        byte[] name = domain.getBytes(StandardCharsets.UTF_16LE);
        byte[] computer = "PROXY".getBytes(StandardCharsets.UTF_16LE);
        ByteBuffer out =
                ByteBuffer.allocate(4 + name.length + 4 + computer.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 2).putShort((short) name.length).put(name);
        out.putShort((short) 1).putShort((short) computer.length).put(computer);
        out.putShort((short) 0).putShort((short) 0);
        return out.array();
    }

    private static byte[] md4(byte[] data) {
        MD4Digest digest = new MD4Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[16];
        digest.doFinal(out, 0);
        return out;
    }

    private static byte[] hmacMd5(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(key, "HmacMD5"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
