package dev.opentill.central.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import java.io.IOException;
import java.util.UUID;

/**
 * Reads a pushed event with its sale payload straight into a {@link SaleEvent}. The default
 * reading made every payload a tree of maps that {@link BatchCheck} then converted again (about
 * half of the centre's own work per pushed sale). The payload is first copied as tokens, so a sale
 * that cannot be read is kept as its generic JSON value: the check then refuses that event alone,
 * with the reason, as before.
 */
public final class PushedEventReader extends StdDeserializer<PushedEvent> {
    private static final long serialVersionUID = 1L;

    private PushedEventReader() {
        super(PushedEvent.class);
    }

    /** The module that installs this reader in the centre's mapper. */
    public static SimpleModule module() {
        return new SimpleModule("pushed-events").addDeserializer(PushedEvent.class, new PushedEventReader());
    }

    @Override
    public PushedEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return (PushedEvent) ctxt.handleUnexpectedToken(PushedEvent.class, p);
        }
        long seq = 0;
        UUID eventId = null;
        String type = null;
        TokenBuffer payload = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (name) {
                case "seq" -> seq = value == JsonToken.VALUE_NULL ? 0 : ctxt.readValue(p, Long.class);
                case "eventId" -> eventId = value == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, UUID.class);
                case "type" -> type = value == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, String.class);
                case "payload" -> payload = value == JsonToken.VALUE_NULL ? null : ctxt.bufferAsCopyOfValue(p);
                default -> p.skipChildren();
            }
        }
        return new PushedEvent(seq, eventId, type, payload == null ? null : payloadOf(type, payload, p, ctxt));
    }

    private static Object payloadOf(String type, TokenBuffer tokens, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        if (SaleEvent.TYPE.equals(type)) {
            try (JsonParser sale = tokens.asParserOnFirstToken()) {
                return ctxt.readValue(sale, SaleEvent.class);
            } catch (IOException | IllegalArgumentException e) {
                // Unreadable as a sale: kept as plain JSON for BatchCheck to refuse with its reason.
            }
        }
        try (JsonParser generic = tokens.asParserOnFirstToken()) {
            return ctxt.readValue(generic, Object.class);
        }
    }
}
