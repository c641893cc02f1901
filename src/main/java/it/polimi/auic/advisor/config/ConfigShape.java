package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks Jackson's tree of a file against the record it is read into, before Jackson binds it: every key known,
 * every required key there, every value of the right kind. The messages name the line, say what was expected with an
 * example, and suggest the key a misspelt one meant; Jackson's own would name Java types.
 */
final class ConfigShape {

    /** One key of a record: its name in the file, its Java type, whether the file must give it. */
    record Setting(String name, Type type, boolean required) {
    }

    private final Path file;
    /** The line of each key path, as {@link JsonWalk} found them. */
    private final Map<String, Integer> lines;

    private ConfigShape(Path file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Throws a {@link ConfigException} at the first key or value that does not fit {@code type} (a record). */
    static void check(Path file, JsonNode root, Map<String, Integer> lines, Class<?> type) {
        if (!type.isRecord()) {
            return;
        }
        ConfigShape shape = new ConfigShape(file, lines);
        if (!root.isObject()) {
            throw shape.wrong("", "the settings must be written between { and }, not " + ValueKinds.shown(root));
        }
        shape.object("", root, type);
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

    private void object(String path, JsonNode object, Class<?> type) {
        Map<String, Setting> settings = settingsOf(type);
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (!settings.containsKey(member.getKey())) {
                throw unknown(path, member.getKey(), settings);
            }
        }
        for (Setting setting : settings.values()) {
            if (setting.required() && !object.has(setting.name())) {
                throw new ConfigException(file, line(path), join(path, setting.name()),
                        "is missing; add it, e.g. \"" + setting.name() + "\": " + ValueKinds.example(setting.type(), 0));
            }
        }
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            value(join(path, member.getKey()), member.getValue(), settings.get(member.getKey()).type(), false);
        }
    }

    private ConfigException unknown(String path, String key, Map<String, Setting> settings) {
        String of = path.isEmpty() ? String.valueOf(file.getFileName()) : "'" + path + "'";
        Optional<String> meant = Spelling.closest(key, settings.keySet());
        String advice = meant.map(name -> "did you mean '" + name + "'?"
                        + (name.equalsIgnoreCase(key) ? " (capital letters count)" : ""))
                .orElseGet(() -> (settings.size() == 1 ? "the only one is " : "the settings are ")
                        + String.join(", ", settings.keySet()));
        return wrong(join(path, key), "is not a setting of " + of + "; " + advice);
    }

    /** {@code item}: a list entry, which is never null; a key may be null when it is text or optional. */
    private void value(String path, JsonNode value, Type type, boolean item) {
        Class<?> raw = ValueKinds.rawClass(type);
        String shown = ValueKinds.shown(value);
        if (raw.isRecord()) {
            if (!value.isObject()) {
                throw wrong(path, "must be settings in braces, e.g. " + ValueKinds.example(type, 0) + ", not " + shown);
            }
            object(path, value, raw);
        } else if (List.class.isAssignableFrom(raw)) {
            if (!value.isArray()) {
                String example = value.isValueNode() && !value.isNull() ? "[" + shown + "]"
                        : ValueKinds.example(type, 0) + (value.isNull() ? " ([] for none)" : "");
                throw wrong(path, "must be a list in square brackets, e.g. " + example + ", not " + shown);
            }
            Type entry = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            for (int i = 0; i < value.size(); i++) {
                value(path + "[" + i + "]", value.get(i), entry, true);
            }
        } else if (!value.isNull() || item || raw.isPrimitive()) {
            ValueKinds.mismatch(raw, value).ifPresent(problem -> {
                throw wrong(path, problem);
            });
        }
    }

    /** A problem with the key (or list entry) at {@code path}, on its line. */
    private ConfigException wrong(String path, String problem) {
        return new ConfigException(file, line(path), path.isEmpty() ? null : path, problem);
    }

    private int line(String path) {
        return lines.getOrDefault(path, -1);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
