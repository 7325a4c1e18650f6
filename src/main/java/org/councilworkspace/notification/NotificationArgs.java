package org.councilworkspace.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Message arguments stored as a JSON array of strings. JSON escapes quotes, line breaks and control
 * characters (PostgreSQL text cannot hold a NUL), and keeps every other character as it is.
 */
final class NotificationArgs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private NotificationArgs() {
    }

    static String encode(List<String> args) {
        try {
            return JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store notification arguments", e);
        }
    }

    static List<String> decode(String json) {
        try {
            return List.copyOf(JSON.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored notification arguments are not a JSON array", e);
        }
    }
}
