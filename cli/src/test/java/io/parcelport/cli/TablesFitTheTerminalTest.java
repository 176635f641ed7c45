package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables fit the terminal's width, count wide characters as two cells, and print whole with {@code --wide}. */
class TablesFitTheTerminalTest {

    private final Cli cli = new Cli(40);

    @Test
    void aListingFitsEightyColumnsWithoutWrapping() {
        cli.columns = 80;

        Cli.Result r = cli.run("list");

        assertThat(r.code()).isEqualTo(ExitCode.OK);
        List<String> lines = Cli.lines(r.out());
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines).allSatisfy(line -> assertThat(Cells.width(line)).as(line).isLessThanOrEqualTo(80));
        assertThat(lines.get(0)).startsWith("CARRIER").contains("STATUS");
    }

    @Test
    void withoutALimitOrWithWideTheListingIsWhole() {
        cli.columns = 80;
        Cli.Result wide = cli.run("list", "--wide");
        cli.columns = 0;
        Cli.Result piped = cli.run("list");

        assertThat(Cli.lines(wide.out()).stream().mapToInt(Cells::width).max().orElse(0)).isGreaterThan(80);
        assertThat(wide.out()).isEqualTo(piped.out());
    }

    @Test
    void aChineseTitleKeepsTheColumnsAfterItInLine() {
        cli.columns = 120;
        cli.run("create", "usps", "9400111899562537624326", "--title", "测试包裹：景德镇瓷器茶具");
        cli.run("create", "usps", "9400111899562537624327", "--title", "Teapot");

        List<String> lines = Cli.lines(cli.run("list", "--status", "pending").out());
        List<String> rows = lines.stream().filter(l -> l.contains("94001118995625376243")).toList();

        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(TablesFitTheTerminalTest::cellsBeforeLatestEvent)
                .containsOnly(cellsBeforeLatestEvent(lines.get(0)));
    }

    @Test
    void aNarrowTerminalCutsTheWideColumnsInProportionAndMarksTheCut() {
        List<String> lines = printed(40, new Table("CODE", "NAME", "NOTE").row("usps", "United States Postal Service",
                "a long note that will not fit at all"));

        assertThat(lines).allSatisfy(l -> assertThat(Cells.width(l)).isLessThanOrEqualTo(40));
        assertThat(lines.get(2)).startsWith("usps  United").contains("…  a long").endsWith("…");
    }

    @Test
    void whenEvenTheNarrowestColumnsDoNotFitTheLastOnesAreLeftOut() {
        List<String> lines = printed(12, new Table("CODE", "NAME", "NOTE").row("usps", "United States Postal Service",
                "a note"));

        assertThat(lines.get(0)).isEqualTo("CODE  NAME");
        assertThat(lines).allSatisfy(l -> assertThat(Cells.width(l)).isLessThanOrEqualTo(12));
    }

    private static List<String> printed(int columns, Table table) {
        java.io.StringWriter text = new java.io.StringWriter();
        TerminalWriter out = new TerminalWriter(text, () -> columns);
        table.flush(out);
        out.flush();
        return Cli.lines(text.toString());
    }

    @Test
    void cellsCountWideCharactersTwiceAndCombiningMarksNotAtAll() {
        assertThat(Cells.width("abc")).isEqualTo(3);
        assertThat(Cells.width("景德镇")).isEqualTo(6);
        assertThat(Cells.width("ｔｅａ")).isEqualTo(6);
        assertThat(Cells.width("e\u0301")).isEqualTo(1);
        assertThat(Cells.cut("景德镇瓷器", 6)).isEqualTo("景德…");
        assertThat(Cells.width(Cells.cut("景德镇瓷器", 6))).isLessThanOrEqualTo(6);
        assertThat(Cells.pad("景", 4)).isEqualTo("景  ");
    }

    @Test
    void theWidthComesFromColumnsAndIsUnlimitedForAPipe() {
        assertThat(TerminalWidth.columns(Map.of("COLUMNS", "100")::get, false)).isEqualTo(100);
        assertThat(TerminalWidth.columns(Map.<String, String>of()::get, false)).isEqualTo(TerminalWriter.UNLIMITED);
        assertThat(TerminalWidth.columns(Map.of("COLUMNS", "junk")::get, false)).isEqualTo(TerminalWriter.UNLIMITED);
    }

    // The cells before the LATEST EVENT column starts, as a terminal would place it.
    private static int cellsBeforeLatestEvent(String line) {
        String[] parts = line.split("  +");
        int cells = 0;
        int index = 0;
        for (int i = 0; i < 5 && index < line.length(); i++) {
            int start = line.indexOf(parts[i], index);
            index = start + parts[i].length();
        }
        String rest = line.substring(index).stripLeading();
        cells = Cells.width(line.substring(0, line.length() - rest.length()));
        return cells;
    }
}
