package dev.opentill.installer;

import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.app.QuietLibraries;
import dev.opentill.app.store.SettingException;
import dev.opentill.app.store.TillConfig;
import dev.opentill.migrations.StoreOpenException;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.Enrollment;
import dev.opentill.sync.SyncException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.IntSupplier;

/**
 * The field technician's tool for a new till: create the store, set and check its settings,
 * find and test the devices, enroll the till with the central platform, or all of it at once
 * ({@code setup}), and check the till's health.
 * {@code installer [--data=DIR] [--lang=zh|en] init | set KEY VALUE | status | enroll URL CODE
 * | setup --central URL --code CODE [devices] | health | devices [find [--network] | diagnostics ...]}.
 * Exit codes are in {@link ExitCode}.
 */
public final class Installer {

    private final Path data;
    private final ResourceBundle text;
    private final Locale locale;
    private final PrintStream out;

    Installer(Path data, Locale locale, PrintStream out) {
        this.data = data;
        this.text = ResourceBundle.getBundle("dev.opentill.installer.messages", locale);
        this.locale = locale;
        this.out = out;
    }

    public static void main(String[] args) {
        QuietLibraries.apply();
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        // The package's launcher names the installed till's folder (/var/lib/opentill) this way.
        Path data = Path.of(System.getProperty("opentill.data",
                Path.of(System.getProperty("user.home"), ".opentill").toString()));
        Locale locale = Locale.getDefault();
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            if (args[i].startsWith("--data=")) {
                data = Path.of(args[i].substring(7));
            } else if (args[i].startsWith("--lang=")) {
                locale = args[i].substring(7).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            }
        }
        String[] rest = Arrays.copyOfRange(args, i, args.length);
        // setup also takes --lang zh / --lang=zh among its own flags, for roll-out scripts
        for (int j = 0; j < rest.length; j++) {
            String v = rest[j].startsWith("--lang=")
                    ? rest[j].substring(7)
                    : rest[j].equals("--lang") && j + 1 < rest.length ? rest[j + 1] : null;
            if (v != null) {
                locale = v.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            }
        }
        return new Installer(data, locale, out).command(rest);
    }

    int command(String[] a) {
        if (a.length == 0) {
            return usage();
        }
        Texts texts = new Texts(locale, out);
        switch (a[0]) {
            case "devices" :
                return new DevicesCommand(texts).run(Arrays.copyOfRange(a, 1, a.length));
            case "setup" :
                return guarded(() -> new SetupCommand(data, texts).run(Arrays.copyOfRange(a, 1, a.length)));
            case "health" :
                return guarded(() -> new HealthCommand(data, texts).run());
            default :
                break;
        }
        try (TillStore store = TillStore.open(data.resolve("till"))) {
            return switch (a[0]) {
                case "init" -> say("init.done", store.file());
                case "set" -> a.length == 3 ? set(store, a[1], a[2]) : usage();
                case "status" -> status(store);
                case "enroll" -> a.length == 3 ? enroll(store, a[1], a[2]) : usage();
                default -> usage();
            };
        } catch (StoreOpenException e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    private int set(TillStore store, String key, String value) {
        if (TillConfig.isSecret(key)) {
            out.println(MessageFormat.format(text.getString("set.protected"), key));
            return 1;
        }
        Map<String, String> settings = settings(store);
        settings.put(key, value);
        try {
            TillConfig.from(settings);
        } catch (SettingException e) {
            out.println(MessageFormat.format(text.getString("set.refused"), e.message(text.getLocale())));
            return 1;
        }
        store.dsl().mergeInto(STORE_SETTING).columns(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE)
                .key(STORE_SETTING.SETTING_KEY).values(key, value).execute();
        return say("set.done", key, value);
    }

    private int status(TillStore store) {
        settings(store).forEach((k, v) -> out.println(k + " = " + (TillConfig.isSecret(k) ? "********" : v)));
        say(Enrollment.isEnrolled(store.dsl()) ? "status.enrolled" : "status.notEnrolled");
        return say("status.sales", store.dsl().fetchCount(SALE));
    }

    private int enroll(TillStore store, String url, String code) {
        try {
            var r = Enrollment.enroll(store.dsl(), url, code, "till");
            return say("enroll.done", r.storeCode(), r.terminalCode());
        } catch (SyncException e) {
            out.println(e.error().message(text.getLocale()));
            return 1;
        }
    }

    private int guarded(IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (StoreOpenException e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    private Map<String, String> settings(TillStore store) {
        Map<String, String> s = new LinkedHashMap<>();
        store.dsl().selectFrom(STORE_SETTING).orderBy(STORE_SETTING.SETTING_KEY)
                .forEach(r -> s.put(r.getSettingKey(), r.getSettingValue()));
        return s;
    }

    private int usage() {
        out.println(text.getString("usage"));
        return 2;
    }

    private int say(String key, Object... args) {
        out.println(MessageFormat.format(text.getString(key), args));
        return 0;
    }
}
