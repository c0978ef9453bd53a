package briefs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on loopback: 20 clients for 20 seconds over every bundled country, seven asking
 * for the countries page, seven for a brief already made (cached) and six for briefs of a country
 * and month not made yet (uncached). No request may fail; throughput and the 95th percentile are printed,
 * not asserted (the machine is shared).
 */
class LoadTest {
    static final int CLIENTS = 20;
    static final long SECONDS = 20;

    @TempDir
    Path root;

    @Test
    void twentyClientsForTwentySecondsGetNoError() throws Exception {
        try (ServedHome home = new ServedHome(root.resolve("home"), ServedHome.allBundled())) {
            assertEquals(200, home.bytes("/country/NOR/brief.pdf").statusCode(), "the cached brief, made first");
            assertEquals(200, home.get("/").statusCode());
            List<String> uncached = uncached();
            AtomicInteger next = new AtomicInteger();
            Map<String, List<Long>> times = new ConcurrentHashMap<>();
            List<String> errors = new CopyOnWriteArrayList<>();
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            long start = System.nanoTime();
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    clients.submit(() -> {
                        // Each client keeps to one kind, so a slow kind does not hold back the others' counts.
                        String kind = List.of("countries page", "cached brief", "uncached brief").get(client % 3);
                        while (System.nanoTime() < end) {
                            String path = switch (kind) {
                                case "countries page" -> "/";
                                case "cached brief" -> "/country/NOR/brief.pdf";
                                default -> uncached.get(next.getAndIncrement() % uncached.size());
                            };
                            long t = System.nanoTime();
                            HttpResponse<byte[]> r = home.bytes(path);
                            times.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - t);
                            if (r.statusCode() != 200) {
                                errors.add(path + " -> " + r.statusCode());
                            }
                        }
                        return null;
                    });
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "load test: %d clients, %.1f s on loopback, %d processors%n", CLIENTS, wall,
                    Runtime.getRuntime().availableProcessors());
            times.forEach((kind, list) -> System.out.printf(Locale.ROOT,
                    "  %-15s %5d requests  %6.1f/s  p50 %7.1f ms  p95 %7.1f ms%n", kind, list.size(), list.size() / wall,
                    percentile(list, 50), percentile(list, 95)));
            assertTrue(errors.isEmpty(), errors.size() + " errors: " + errors.subList(0, Math.min(5, errors.size())));
            assertTrue(times.values().stream().allMatch(l -> !l.isEmpty()), "every kind was asked for");
        }
    }

    /** Briefs no one has asked for: a spread of countries and months, each once. */
    private static List<String> uncached() throws IOException {
        List<String> countries = ServedHome.allBundled();
        List<String> paths = new ArrayList<>();
        YearMonth month = YearMonth.of(2025, 6);
        for (int m = 0; m < 24; m++, month = month.minusMonths(1)) {
            for (String iso3 : List.of("SWE", "FRA", "NPL", "GHA", "IND", "BRA", "CAN", "DEU", "ITA", "KEN")) {
                if (countries.contains(iso3) && !List.of("2023-09", "2022-07").contains(month.toString())) {
                    paths.add("/country/" + iso3 + "/brief.pdf?month=" + month);
                }
            }
        }
        Collections.shuffle(paths, new java.util.Random(16));
        return paths;
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, at)) / 1e6;
    }
}
