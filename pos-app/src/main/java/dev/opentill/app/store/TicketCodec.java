package dev.opentill.app.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.Ticket;
import java.io.IOException;
import java.util.Currency;

/**
 * JSON for the documents the till keeps (open and parked tickets). Records are read through their
 * components only; Money is stored as {@code {"c":"CNY","m":1250}}. Outbox payloads use the
 * sync protocol's mapping ({@code SyncJson}) instead.
 */
public final class TicketCodec {
    private static final ObjectMapper MAPPER = createMapper();

    private TicketCodec() {
    }

    /** The shared mapper: records by fields, ISO-8601 instants, Money as currency + minor units. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static Ticket readTicket(String json) {
        try {
            return MAPPER.readValue(json, Ticket.class);
        } catch (IOException e) {
            throw new IllegalStateException("Stored ticket is unreadable: " + e.getMessage(), e);
        }
    }

    /** A sold line's options as {@code sale_line.options} holds them; null stays null. */
    public static LineOptions readOptions(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, LineOptions.class);
        } catch (IOException e) {
            throw new IllegalStateException("Stored line options are unreadable: " + e.getMessage(), e);
        }
    }

    private static ObjectMapper createMapper() {
        SimpleModule money = new SimpleModule("money");
        money.addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money m, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                g.writeStringField("c", m.currency().getCurrencyCode());
                g.writeNumberField("m", m.minor());
                g.writeEndObject();
            }
        });
        money.addDeserializer(Money.class, new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                JsonNode n = p.readValueAsTree();
                return Money.ofMinor(n.get("m").asLong(), Currency.getInstance(n.get("c").asText()));
            }
        });
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new JavaTimeModule());
        m.registerModule(money);
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        m.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return m;
    }
}
