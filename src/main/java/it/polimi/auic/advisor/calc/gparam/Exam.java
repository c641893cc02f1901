package it.polimi.auic.advisor.calc.gparam;

import it.polimi.auic.advisor.calc.InvalidInputException;

/**
 * One passed exam.
 *
 * @param grade   18 to 30
 * @param credits its ECTS credits, more than 0
 * @param honours "30 e lode"; only with a grade of 30
 */
public record Exam(int grade, int credits, boolean honours) {

    public static final int MAX_CREDITS = 60;

    public Exam {
        if (grade < 18 || grade > 30) {
            throw new InvalidInputException("grade", "must be a whole number from 18 to 30, got " + grade);
        }
        if (credits < 1 || credits > MAX_CREDITS) {
            throw new InvalidInputException("credits", "must be a whole number from 1 to " + MAX_CREDITS + ", got " + credits);
        }
        if (honours && grade != 30) {
            throw new InvalidInputException("honours", "honours (lode) come only with a grade of 30, got " + grade);
        }
    }
}
