package org.ccadmin.sso.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static byte[] key(int fill) {
        byte[] k = new byte[SecretCipher.KEY_BYTES];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void aSecretSurvivesTheRoundTripAndIsNotReadableStored() {
        SecretCipher cipher = new SecretCipher(key(7));
        String stored = cipher.encrypt("s3cr3t-ünïcode");
        assertTrue(stored.startsWith("v1:"));
        assertFalse(stored.contains("s3cr3t"));
        assertEquals("s3cr3t-ünïcode", cipher.decrypt(stored));
    }

    @Test
    void eachEncryptionUsesAFreshIv() {
        SecretCipher cipher = new SecretCipher(key(7));
        assertNotEquals(cipher.encrypt("same"), cipher.encrypt("same"));
    }

    @Test
    void anotherKeyOrAnAlteredTextIsDetected() {
        String stored = new SecretCipher(key(7)).encrypt("secret");
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(key(8)).decrypt(stored));
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(key(7)).decrypt(altered));
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(key(7)).decrypt("plain"));
    }

    @Test
    void theKeyMustBe32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[16]));
    }
}
