package it.polimi.auic.advisor.chat;

/**
 * What a message is to the calculators: the one it concerns, and whether it asks to run it now (a command,
 * "calculate my G", "am I eligible for automatic admission?", pasted grades) or only asks about its topic
 * (then it is answered from the regulations, with the calculator offered).
 *
 * @param calculator the calculator's name, for tutors ("studio deadline")
 * @param explicit   whether the message asks to run it now
 * @param offer      the button that starts it on the student's own case ("Check my deadline ▶")
 */
public record CalculatorRoute(String calculator, boolean explicit, Button offer) {
}
