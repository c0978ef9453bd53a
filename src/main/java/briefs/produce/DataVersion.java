package briefs.produce;

import briefs.load.DataDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Which state of the data folder the outputs were made from: a checksum of the name, size and
 * time of every file in {@code countries/} and {@code reference/}. An {@code import}, a file
 * edited by hand, added or removed, gives another version. Reading it costs one directory listing
 * per folder, so a server can ask on every request.
 */
public final class DataVersion {
    private DataVersion() {
    }

    /** The version of the data in {@code dataDir}, as 16 hex digits. */
    public static String of(Path dataDir) {
        List<String> entries = new ArrayList<>();
        for (String folder : List.of(DataDirectory.COUNTRIES, DataDirectory.REFERENCE)) {
            SourceFile.listed(dataDir.resolve(folder), folder + "/").forEach(f -> entries.add(f.entry()));
        }
        return digest(entries);
    }

    /** 16 hex digits for a set of entries ("name:size:time"), whatever their order: a checksum and their count. */
    static String digest(List<String> entries) {
        List<String> sorted = new ArrayList<>(entries);
        Collections.sort(sorted);
        CRC32C crc = new CRC32C();
        sorted.forEach(e -> crc.update(e.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return HexFormat.of().toHexDigits(crc.getValue() << 32 | sorted.size());
    }
}
