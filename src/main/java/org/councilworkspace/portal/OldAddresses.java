package org.councilworkspace.portal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consultation pages' former addresses (/consult...) lead permanently to their portal pages, in the browser's
 * language, so links in letters and invitations already sent keep working, the invited organizations' too.
 */
@RestController
class OldAddresses {

    @GetMapping({"/consult", "/consult/"})
    ResponseEntity<Void> rounds(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return to(accept, "/consultations");
    }

    @GetMapping("/consult/{id:\\d+}")
    ResponseEntity<Void> round(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                               @PathVariable long id) {
        return to(accept, "/consultations/" + id);
    }

    @GetMapping("/consult/{id:\\d+}/results")
    ResponseEntity<Void> results(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                                 @PathVariable long id) {
        return to(accept, "/consultations/" + id + "/results");
    }

    @GetMapping("/consult/invited/{token:[A-Za-z0-9_-]{1,100}}")
    ResponseEntity<Void> invited(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                                 @PathVariable String token) {
        return to(accept, "/consultations/invited/" + token);
    }

    private static ResponseEntity<Void> to(String accept, String rest) {
        // 302, not 301: the target depends on the browser's language, so it must not be remembered for good.
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "/public/" + PortalLanguage.preferred(accept).code() + rest)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
