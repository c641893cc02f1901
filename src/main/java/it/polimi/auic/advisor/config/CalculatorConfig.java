package it.polimi.auic.advisor.config;

import java.nio.file.Path;

/** Placeholder until the calculators' settings land. */
public record CalculatorConfig() {

    static CalculatorConfig load(Path configDir) {
        return new CalculatorConfig();
    }
}
