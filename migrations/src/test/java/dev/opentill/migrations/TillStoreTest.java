package dev.opentill.migrations;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TillStoreTest {
    @TempDir
    Path dir;

    @Test
    void createsAndMigratesANewStoreFile() {
        try (TillStore store = TillStore.open(dir.resolve("data/till"))) {
            store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, "k")
                    .set(STORE_SETTING.SETTING_VALUE, "v").execute();
            store.syncToDisk();
        }
        assertThat(Files.exists(dir.resolve("data/till.mv.db"))).isTrue();
        try (TillStore store = TillStore.open(dir.resolve("data/till"))) {
            assertThat(store.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq("k")))
                    .isEqualTo("v");
        }
    }

    @Test
    void refusesAStoreWrittenByANewerVersionAndLeavesItUntouched() throws Exception {
        Path base = dir.resolve("till");
        try (TillStore newer = TillStore.open(base, TillStore.MIGRATIONS, "classpath:db/future")) {
            newer.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, "k")
                    .set(STORE_SETTING.SETTING_VALUE, "v").execute();
        }

        assertThatThrownBy(() -> TillStore.open(base))
                .isInstanceOfSatisfying(StoreOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreOpenException.Reason.TOO_NEW))
                .hasMessageContaining("newer version");

        try (TillStore newer = TillStore.open(base, TillStore.MIGRATIONS, "classpath:db/future")) {
            assertThat(newer.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq("k")))
                    .isEqualTo("v");
            assertThat(newer.dsl().meta().getTables("FROM_THE_FUTURE")).hasSize(1);
        }
    }

    @Test
    void reportsAFileHeldByAnotherProcessAsLocked() throws Exception {
        Path base = dir.resolve("till");
        TillStore.open(base).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), base.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(4))).isEqualTo("held");
            assertThatThrownBy(() -> TillStore.open(base))
                    .isInstanceOfSatisfying(StoreOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreOpenException.Reason.LOCKED))
                    .hasMessageContaining("in use by another program");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void reportsAFileThatIsNotADatabaseAsUnreadable() throws Exception {
        Files.writeString(dir.resolve("junk.mv.db"), "this is not an H2 file ".repeat(200));
        assertThatThrownBy(() -> TillStore.open(dir.resolve("junk")))
                .isInstanceOfSatisfying(StoreOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreOpenException.Reason.UNREADABLE));
    }

    @Test
    void refusesAMissingStoreFileWhereThisTillHadCreatedOne() throws Exception {
        Path base = dir.resolve("till");
        TillStore.open(base).close();
        Files.delete(dir.resolve("till.mv.db"));

        assertThatThrownBy(() -> TillStore.open(base))
                .isInstanceOfSatisfying(StoreOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreOpenException.Reason.MISSING))
                .hasMessageContaining("till.mv.db");
        assertThat(dir.resolve("till.mv.db")).doesNotExist();
    }

    @Test
    void refusesAZeroByteStoreFile() throws Exception {
        Path base = dir.resolve("till");
        TillStore.open(base).close();
        Files.write(dir.resolve("till.mv.db"), new byte[0]);

        assertThatThrownBy(() -> TillStore.open(base))
                .isInstanceOfSatisfying(StoreOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreOpenException.Reason.EMPTY))
                .hasMessageContaining("till.mv.db");
        assertThat(dir.resolve("till.mv.db")).isEmptyFile();
    }

    @Test
    void opensAStoreFromBeforeMarkersAndMarksIt() throws Exception {
        Path base = dir.resolve("till");
        try (TillStore store = TillStore.open(base)) {
            store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, "k")
                    .set(STORE_SETTING.SETTING_VALUE, "v").execute();
            store.syncToDisk();
        }
        Files.delete(dir.resolve("till.created"));

        try (TillStore store = TillStore.open(base)) {
            assertThat(store.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq("k")))
                    .isEqualTo("v");
        }
        assertThat(dir.resolve("till.created")).exists();
    }

    @Test
    void refusesAReadOnlyDataFolderAtOpen() throws Exception {
        try (ReadOnlyFolder folder = ReadOnlyFolder.at(dir.resolve("data"))) {
            TillStore.open(folder.path().resolve("till")).close();
            folder.seal();

            assertThatThrownBy(() -> TillStore.open(folder.path().resolve("till")))
                    .isInstanceOfSatisfying(StoreOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreOpenException.Reason.READ_ONLY))
                    .hasMessageContaining(folder.path().toString());
        }
    }

    @Test
    void namesTheFileAndWhatToDoWhenTheStoreIsTruncated() throws Exception {
        Path base = dir.resolve("till");
        try (TillStore store = TillStore.open(base)) {
            store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, "k")
                    .set(STORE_SETTING.SETTING_VALUE, "v").execute();
        }
        Path file = dir.resolve("till.mv.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(3 * 4096);
        }

        assertThatThrownBy(() -> TillStore.open(base))
                .isInstanceOfSatisfying(StoreOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreOpenException.Reason.UNREADABLE))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("restore it from a backup");
    }

    /** Child process: opens the store and keeps it open until killed. */
    public static final class HoldStore {
        public static void main(String[] args) throws Exception {
            TillStore store = TillStore.open(Path.of(args[0]));
            System.out.print("held");
            System.out.flush();
            Thread.sleep(60_000);
            store.close();
        }
    }
}
