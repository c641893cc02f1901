package it.polimi.auic.advisor.calc.admission;

import it.polimi.auic.advisor.calc.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the admission calculator needs to know about one graduate.
 *
 * @param polimiBachelor    the BSc is from the Politecnico di Milano
 * @param bachelorClass     the BSc degree class, any spelling {@link DegreeClass} understands
 * @param bachelorProgramme the BSc programme name, when given
 * @param career            the career facts; may be empty only when the class or the university already rule
 *                          out automatic admission (the chat skips those questions then)
 */
public record AdmissionInput(
        boolean polimiBachelor,
        String bachelorClass,
        Optional<String> bachelorProgramme,
        Optional<Career> career) {

    public AdmissionInput {
        Objects.requireNonNull(bachelorProgramme, "bachelorProgramme");
        Objects.requireNonNull(career, "career");
        String given = bachelorClass;
        bachelorClass = DegreeClass.normalize(given).orElseThrow(() -> new InvalidInputException(
                "bachelorClass", "must be a degree class like L-17, got '" + InvalidInputException.excerpt(given) + "'"));
        bachelorProgramme = bachelorProgramme.map(String::trim).filter(name -> !name.isEmpty());
    }
}
