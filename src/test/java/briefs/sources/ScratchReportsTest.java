package briefs.sources;

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ScratchReportsTest {
    @Test
    void scratch() throws Exception {
        Path dir = Path.of("../shared/un-reports");
        Map<String, List<String>> csv = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("data/sources/un_uniformed_personnel_monthly.csv")).subList(1, 108289)) {
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            csv.computeIfAbsent(f[0].substring(0, 7), k -> new ArrayList<>()).add(String.join("|", f[1], f[2].replace("\"", ""), f[4], f[5], f[6], f[7]));
        }
        String only = System.getProperty("months", "2021-02");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) { files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList(); }
        for (Path p : files) {
            String name = p.getFileName().toString();
            String ym = name.substring(25, 29) + "-" + name.substring(30, 32);
            if (ym.compareTo(only) < 0 && !ym.equals("2020-06") && !ym.equals("2019-09")) continue;
            long t = System.nanoTime();
            try {
                UnReport r = ReportReader.read(p);
                List<String> got = r.rows().stream().map(x -> String.join("|", x.mission(), x.country(), x.type(), ""+x.male(), ""+x.female(), ""+x.total())).sorted().toList();
                List<String> want = csv.getOrDefault(r.month().toString(), List.of()).stream().sorted().toList();
                List<String> missing = new ArrayList<>(want); got.forEach(missing::remove);
                List<String> extra = new ArrayList<>(got); want.forEach(extra::remove);
                System.out.printf("%s -> %s rows=%d csv=%d missing=%d extra=%d gender=%s %dms%n", name, r.month(), got.size(), want.size(), missing.size(), extra.size(), r.genderAddsUp(), (System.nanoTime()-t)/1000000);
                missing.stream().limit(6).forEach(x -> System.out.println("   - " + x));
                extra.stream().limit(6).forEach(x -> System.out.println("   + " + x));
            } catch (Exception e) {
                System.out.println(name + " FAILED " + e.getMessage());
            }
        }
    }
}
