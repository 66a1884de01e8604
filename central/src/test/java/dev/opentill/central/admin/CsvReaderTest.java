package dev.opentill.central.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static List<Map<String, String>> read(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        new CsvReader(new StringReader(text)).forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() {
        var rows = read("SKU,Name\r\nA1,\"Cola, 330ml \"\"can\"\"\"\r\nA2,\"two\nlines\"\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("sku", "A1").containsEntry("name", "Cola, 330ml \"can\"");
        assertThat(rows.get(1)).containsEntry("name", "two\nlines");
    }

    @Test
    void emptyCellsAreNullAndBlankLinesAreSkipped() {
        var rows = read("a,b,c\n1,,3\n\n4,5,\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("b")).isNull();
        assertThat(rows.get(1).get("c")).isNull();
    }

    @Test
    void aRowWiderThanTheHeaderIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("a,b\n1,2\n1,2,3\n")).hasMessageContaining("line 3");
    }
}
