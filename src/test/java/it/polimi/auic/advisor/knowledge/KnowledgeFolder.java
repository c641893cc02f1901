package it.polimi.auic.advisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A knowledge/ folder written by a test, file by file, in a temporary directory. */
final class KnowledgeFolder {

    /** A valid document: header for {@code id}, then {@code body}. */
    static String document(String id, String body) {
        return "---\n"
                + "id: " + id + "\n"
                + "title: Test Rules " + id + "\n"
                + "source: written for the tests\n"
                + "academic-year: 2022/23\n"
                + "---\n"
                + "\n"
                + body;
    }

    private final Path root;

    KnowledgeFolder(Path root) {
        this.root = root;
    }

    /** A small folder with nothing wrong: one document, one FAQ file, a glossary. */
    static KnowledgeFolder valid(Path root) {
        return new KnowledgeFolder(root)
                .file("rules.md", document("rules", """
                        ## 1 Admission

                        Candidates apply online.

                        ### 1.1 Requirements

                        A Laurea is required.
                        """))
                .file("faq/general.md", """
                        ## How do I apply?
                        section: rules 1
                        answer: Candidates apply online.
                        - come faccio domanda
                        """)
                .file("glossary.txt", "requisiti => requirements\n");
    }

    KnowledgeFolder file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    KnowledgeFolder bytes(String relative, byte[] content) {
        try {
            Path file = path(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KnowledgeFolder delete(String relative) {
        try {
            Files.delete(path(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    List<Problem> problems() {
        return KnowledgeLoader.validate(root);
    }

    List<Problem> warnings() {
        return KnowledgeLoader.check(root, List.of()).warnings();
    }

    KnowledgeBase load() {
        return KnowledgeLoader.load(root);
    }
}
