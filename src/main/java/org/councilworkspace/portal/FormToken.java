package org.councilworkspace.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.councilworkspace.base.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * CSRF protection for the comment form without a session: the form carries a token naming the round and the time it
 * was issued, signed with a server key (HMAC-SHA256). Another site cannot make one, and it expires. With several app
 * nodes, set the same {@code council.portal.form-key} on each; without it every start picks a random key (a form
 * opened before a restart is then asked to be sent again, its text kept).
 */
@Component
class FormToken {

    private final byte[] key;
    private final Duration validFor;
    private final Clock clock;

    FormToken(@Value("${council.portal.form-key:}") String configuredKey,
              @Value("${council.portal.form-valid-for:PT4H}") Duration validFor, Clock clock) {
        this.key = (configuredKey == null || configuredKey.isBlank() ? Secrets.token(32) : configuredKey)
                .getBytes(StandardCharsets.UTF_8);
        this.validFor = validFor;
        this.clock = clock;
    }

    String issue(String form) {
        long issued = clock.instant().getEpochSecond();
        return issued + "." + sign(form + "|" + issued);
    }

    boolean valid(String form, String token) {
        if (token == null || token.length() > 200) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (issued > now + 60 || now - issued > validFor.toSeconds()) {
            return false;
        }
        byte[] expected = sign(form + "|" + issued).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
