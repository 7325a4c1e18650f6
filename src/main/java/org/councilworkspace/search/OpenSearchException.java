package org.councilworkspace.search;

/** The OpenSearch cluster refused a request or did not answer; the message says which request and why. */
class OpenSearchException extends RuntimeException {

    OpenSearchException(String message) {
        super(message);
    }

    OpenSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
