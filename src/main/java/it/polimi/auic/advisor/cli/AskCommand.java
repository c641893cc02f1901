package it.polimi.auic.advisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.ChatCore;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.chat.QuestionAnswer;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.ExitCode;
import it.polimi.auic.advisor.command.Invocation;
import it.polimi.auic.advisor.command.UsageException;
import it.polimi.auic.advisor.search.Explanation;
import it.polimi.auic.advisor.search.Hit;
import it.polimi.auic.advisor.search.Passage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ask [--json] [--explain] [--it] "QUESTION"} and {@code ask --json --batch}: the advisor's answer to
 * regulation questions, as the contract specifies, from the same chat core the bot uses.
 */
@picocli.CommandLine.Command(name = "ask", description = "answer a regulation question, or one per line of stdin")
public final class AskCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "print the contract's JSON object")
    private boolean json;

    @Option(names = "--batch", description = "read one question per line on stdin, print one JSON object per line")
    private boolean batch;

    @Option(names = "--explain", description = "show how the answer was found")
    private boolean explain;

    @Option(names = "--it", description = "reply in Italian whatever the question's language")
    private boolean italian;

    @Parameters(paramLabel = "QUESTION", arity = "0..*",
            description = "the question (its words may be given apart); after '--' when it starts with '-'")
    private List<String> words = new ArrayList<>();

    @Override
    public int run(Invocation invocation) throws IOException {
        Language language = italian ? Language.IT : Language.EN;
        if (batch && !words.isEmpty()) {
            throw new UsageException("ask --batch reads questions from stdin, one per line; give no question argument");
        }
        if (!batch && words.isEmpty()) {
            throw new UsageException("ask needs a question, e.g. ask --json \"Does studio attendance expire?\"");
        }
        try (Advisor advisor = Advisor.load(invocation.knowledgeDir(), invocation.configDir())) {
            ChatCore chat = advisor.chat();
            if (!batch) {
                print(invocation, chat.answer(String.join(" ", words), language, italian), json, explain);
                return ExitCode.OK;
            }
            String line;
            while ((line = invocation.in().readLine()) != null) {
                print(invocation, chat.answer(line, language, italian), json, explain);
            }
            invocation.out().flush();
            return ExitCode.OK;
        }
    }

    private static void print(Invocation invocation, QuestionAnswer answer, boolean json, boolean explain)
            throws IOException {
        if (json) {
            invocation.out().println(JSON.writeValueAsString(toJson(answer, explain)));
            return;
        }
        invocation.out().println(answer.reply().plainText());
        if (explain) {
            invocation.out().println();
            invocation.out().println(answer.routing());
            List<String> buttons = buttonLabels(answer);
            if (!buttons.isEmpty()) {
                invocation.out().println("Buttons: " + String.join(" | ", buttons));
            }
            invocation.out().println(answer.snapshot().search().explain(answer.result()).toText());
        }
        invocation.out().println();
    }

    static ObjectNode toJson(QuestionAnswer answer, boolean explain) {
        ObjectNode root = JSON.createObjectNode();
        root.put("question", answer.result().question());
        ArrayNode answers = root.putArray("answers");
        for (Hit hit : answer.result().answers()) {
            Passage passage = hit.passage();
            ObjectNode node = answers.addObject()
                    .put("document", passage.section().documentId())
                    .put("section", passage.section().sectionId())
                    .put("title", passage.title())
                    .put("text", passage.text())
                    .put("score", round(hit.score()))
                    .put("citation", passage.citation());
            if (answers.size() == 1) {
                ArrayNode quote = node.putArray("quote");
                answer.result().quote().ifPresent(q -> q.sentences().forEach(quote::add));
            }
        }
        root.put("reply", answer.reply().plainText());
        ArrayNode buttons = root.putArray("buttons");
        buttonLabels(answer).forEach(buttons::add);
        if (explain) {
            root.put("routing", answer.routing());
            root.set("explain", JSON.valueToTree(explanation(answer)));
        }
        return root;
    }

    /** The labels of the buttons under the reply (a calculator offered, the first step's choices). */
    private static List<String> buttonLabels(QuestionAnswer answer) {
        return answer.reply().keyboard().stream().flatMap(List::stream).map(b -> b.label()).toList();
    }

    private static Explanation explanation(QuestionAnswer answer) {
        return answer.snapshot().search().explain(answer.result());
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
