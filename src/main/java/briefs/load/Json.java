package briefs.load;

import briefs.model.PersonnelType;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How country and reference files are read and written: strict on reading (duplicate keys,
 * unknown fields, floats where counts belong and nulls for numbers are errors), and written
 * deterministically, indented down to the level of one contribution per line so that a person
 * can edit a file and a diff between two imports stays readable.
 */
public final class Json {
    /**
     * Nesting levels that get a new line: a contribution's fields sit at level 5 and its
     * closing brace at level 4, while the elements of its array sit at level 4 too, hence one
     * threshold for objects and one for arrays.
     */
    private static final int INDENTED_OBJECT_LEVELS = 3;
    private static final int INDENTED_ARRAY_LEVELS = 4;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // Counts, flags and names each have their JSON type: "70" is no count and 70 no name.
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(personnelTypes())
            .addModule(new SimpleModule("briefs-record-constructors") {
                @Override
                public void setupModule(SetupContext context) {
                    super.setupModule(context);
                    context.addValueInstantiators(new RecordConstructors());
                }
            })
            .build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Writes a value the way every file under data/ is written, ending in a newline. */
    public static void write(Object value, OutputStream out) throws IOException {
        out.write(bytes(value));
    }

    public static byte[] bytes(Object value) {
        byte[] body = MAPPER.writer().with(prettyPrinter()).writeValueAsBytes(value);
        byte[] withNewline = Arrays.copyOf(body, body.length + 1);
        withNewline[body.length] = '\n';
        return withNewline;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(new LevelIndenter(INDENTED_ARRAY_LEVELS));
        printer.indentObjectsWith(new LevelIndenter(INDENTED_OBJECT_LEVELS));
        return printer;
    }

    private static SimpleModule personnelTypes() {
        SimpleModule module = new SimpleModule("briefs-personnel-types");
        module.addSerializer(PersonnelType.class, new ValueSerializer<>() {
            @Override
            public void serialize(PersonnelType value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.label());
            }
        });
        module.addDeserializer(PersonnelType.class, new ValueDeserializer<>() {
            @Override
            public PersonnelType deserialize(JsonParser p, DeserializationContext ctxt) {
                String text = p.getValueAsString();
                return PersonnelType.fromLabel(text).orElseThrow(() -> InvalidFormatException.from(p,
                        "unknown personnel type \"" + text + "\" (expected one of: Troops, Staff Officers, "
                                + "Experts on Mission, Individual Police, Formed Police Units)",
                        text, PersonnelType.class));
            }
        });
        return module;
    }

    /** Starts a new line at the levels up to {@code deepest}, and writes a space deeper down. */
    private static final class LevelIndenter extends DefaultIndenter {
        private final int deepest;

        LevelIndenter(int deepest) {
            super("  ", "\n");
            this.deepest = deepest;
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) {
            if (level <= deepest) {
                super.writeIndentation(g, level);
            } else {
                g.writeRaw(' ');
            }
        }
    }
}
