package it.polimi.auic.advisor.config;

import java.nio.file.Path;

/**
 * Everything in {@code config/}, loaded once and validated; immutable. A new edit means a new instance.
 *
 * @param general     how the advisor runs ({@code advisor.json})
 * @param calculators the values the calculators use, which staff update from year to year
 */
public record AdvisorConfig(GeneralSettings general, CalculatorConfig calculators) {

    /** Loads and validates every file; throws {@link ConfigException} naming the file, key and value at fault. */
    public static AdvisorConfig load(Path configDir) {
        return new AdvisorConfig(GeneralSettings.load(configDir), CalculatorConfig.load(configDir));
    }
}
