package it.polimi.auic.advisor.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One regulation document of {@code knowledge/}: its front matter and its sections in reading order.
 *
 * @param id           short stable id used in citations ("programme-rules")
 * @param title        the document's title as students should read it in a citation
 * @param source       where the text comes from
 * @param academicYear the academic year it applies to ("2022/23")
 * @param file         the file it was read from
 * @param sections     every section, in the order of the file
 */
public record Document(String id, String title, String source, String academicYear, Path file,
                       List<Section> sections) {

    public Document {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }
}
