package it.polimi.auic.advisor.knowledge;

import java.nio.file.Path;

/**
 * One thing wrong in what staff wrote, pointing at the file and line to fix.
 *
 * @param file    the file at fault
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong, in words a staff member understands
 */
public record Problem(Path file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
