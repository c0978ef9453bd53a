package briefs.cli;

import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The "Commands:" section of {@code briefs --help}: one summary per command, its header or else
 * the first sentence of its description. picocli would show the first line of the description
 * array, which cuts a sentence wrapped by hand in the middle.
 */
final class CommandList implements IHelpSectionRenderer {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    @Override
    public String render(Help help) {
        Map<String, Help> commands = help.subcommands();
        if (commands.isEmpty()) {
            return "";
        }
        int nameWidth = 0;
        for (String name : commands.keySet()) {
            nameWidth = Math.max(nameWidth, name.length());
        }
        int width = help.commandSpec().usageMessage().width();
        TextTable table = TextTable.forColumns(help.colorScheme(),
                new Column(nameWidth + 4, 2, Overflow.SPAN),
                new Column(width - nameWidth - 4, 0, Overflow.WRAP));
        for (Map.Entry<String, Help> command : commands.entrySet()) {
            CommandSpec spec = command.getValue().commandSpec();
            if (!spec.usageMessage().hidden()) {
                table.addRowValues(command.getKey(), summary(spec));
            }
        }
        return table.toString();
    }

    static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        if (header.length > 0) {
            return plain(String.join(" ", header));
        }
        String description = plain(String.join(" ", spec.usageMessage().description()));
        return SENTENCE_END.split(description, 2)[0];
    }

    /** Descriptions are format strings: %n is a line break, %% a percent sign. */
    private static String plain(String text) {
        return text.replace("%n", " ").replace("%%", "%").replaceAll("\\s+", " ").strip();
    }
}
