package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import it.polimi.auic.advisor.config.SourceValue.Kind;
import it.polimi.auic.advisor.config.SourceValue.ListValue;
import it.polimi.auic.advisor.config.SourceValue.Member;
import it.polimi.auic.advisor.config.SourceValue.ObjectValue;
import it.polimi.auic.advisor.config.SourceValue.ScalarValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a parsed file against the record it is read into before Jackson binds it: every key known, every required
 * key there, every value of the right kind. The messages name the line, say what was expected with an example, and
 * suggest the key a misspelt one meant; Jackson's own would name Java types.
 */
final class ConfigShape {

    /** One key of a record: its name in the file, its Java type, whether the file must give it. */
    record Setting(String name, Type type, boolean required) {
    }

    private final Path file;

    private ConfigShape(Path file) {
        this.file = file;
    }

    /** Throws a {@link ConfigException} at the first key or value that does not fit {@code type} (a record). */
    static void check(Path file, SourceValue root, Class<?> type) {
        if (!type.isRecord()) {
            return;
        }
        if (!(root instanceof ObjectValue object)) {
            throw new ConfigException(file, root.start().line(), null,
                    "the settings must be written between { and }, not " + root.shown());
        }
        new ConfigShape(file).object("", object, type);
    }

    static Map<String, Setting> settingsOf(Class<?> record) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = property == null || property.value().isEmpty() ? component.getName() : property.value();
            settings.put(name, new Setting(name, component.getGenericType(), property != null && property.required()));
        }
        return settings;
    }

    private void object(String path, ObjectValue object, Class<?> type) {
        Map<String, Setting> settings = settingsOf(type);
        for (Member member : object.members()) {
            if (!settings.containsKey(member.key())) {
                throw unknown(path, member, settings);
            }
        }
        for (Setting setting : settings.values()) {
            if (setting.required() && object.member(setting.name()).isEmpty()) {
                throw new ConfigException(file, object.start().line(), join(path, setting.name()),
                        "is missing; add it, e.g. \"" + setting.name() + "\": " + ValueKinds.example(setting.type(), 0));
            }
        }
        for (Member member : object.members()) {
            value(join(path, member.key()), member.value(), settings.get(member.key()).type(), false);
        }
    }

    private ConfigException unknown(String path, Member member, Map<String, Setting> settings) {
        String of = path.isEmpty() ? String.valueOf(file.getFileName()) : "'" + path + "'";
        Optional<String> meant = Spelling.closest(member.key(), settings.keySet());
        String advice = meant.map(name -> "did you mean '" + name + "'?"
                        + (name.equalsIgnoreCase(member.key()) ? " (capital letters count)" : ""))
                .orElseGet(() -> (settings.size() == 1 ? "the only one is " : "the settings are ")
                        + String.join(", ", settings.keySet()));
        return new ConfigException(file, member.keyAt().line(), join(path, member.key()),
                "is not a setting of " + of + "; " + advice);
    }

    /** {@code item}: a list entry, which is never null; a key may be null when it is text or optional. */
    private void value(String path, SourceValue value, Type type, boolean item) {
        Class<?> raw = ValueKinds.rawClass(type);
        boolean isNull = value instanceof ScalarValue scalar && scalar.kind() == Kind.NULL;
        if (raw.isRecord()) {
            if (!(value instanceof ObjectValue object)) {
                throw wrong(path, value, "must be settings in braces, e.g. " + ValueKinds.example(type, 0)
                        + ", not " + value.shown());
            }
            object(path, object, raw);
        } else if (List.class.isAssignableFrom(raw)) {
            if (!(value instanceof ListValue list)) {
                String example = value instanceof ScalarValue && !isNull ? "[" + value.shown() + "]"
                        : ValueKinds.example(type, 0) + (isNull ? " ([] for none)" : "");
                throw wrong(path, value, "must be a list in square brackets, e.g. " + example + ", not " + value.shown());
            }
            Type entry = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            for (int i = 0; i < list.items().size(); i++) {
                value(path + "[" + i + "]", list.items().get(i), entry, true);
            }
        } else if (!isNull || item || raw.isPrimitive()) {
            ValueKinds.mismatch(raw, value).ifPresent(problem -> {
                throw wrong(path, value, problem);
            });
        }
    }

    private ConfigException wrong(String path, SourceValue value, String problem) {
        return new ConfigException(file, value.start().line(), path, problem);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
