package briefs.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetTableTest {
    @ParameterizedTest
    @CsvSource({
        // the host in its own letters, the rest of the address as it is
        "https://xn--lamaana-7za.uy/?p=56699, https://lamañana.uy/?p=56699",
        "https://1325naps.peacewomen.org/index.php/uruguay/, https://1325naps.peacewomen.org/index.php/uruguay/",
        "http://xn--fiq228c.xn--fiqs8s:8080/a/xn--b, http://中文.中国:8080/a/xn--b",
        "not an address, not an address",
    })
    void anAddressIsShownWithItsHostInItsOwnLetters(String address, String shown) {
        assertEquals(shown, SheetTable.shownAddress(address));
    }
}
