package it.polimi.auic.advisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.polimi.auic.advisor.app.Advisor;
import it.polimi.auic.advisor.chat.ChatCore;
import it.polimi.auic.advisor.chat.Language;
import it.polimi.auic.advisor.chat.QuestionAnswer;
import it.polimi.auic.advisor.search.Explanation;
import it.polimi.auic.advisor.search.Hit;
import it.polimi.auic.advisor.search.Passage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * {@code ask [--json] [--explain] "QUESTION"} and {@code ask --json --batch}: the advisor's answer to
 * regulation questions, as the contract specifies, from the same chat core the bot uses.
 */
public final class AskCommand implements Command {

    private static final Set<String> FLAGS = Set.of("--json", "--batch", "--explain", "--it");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int run(Invocation invocation) throws IOException {
        for (String arg : invocation.args()) {
            if (arg.startsWith("--") && !FLAGS.contains(arg)) {
                throw new UsageException("ask: unknown option " + arg + "; use --json, --batch, --explain");
            }
        }
        boolean json = invocation.hasFlag("--json");
        boolean batch = invocation.hasFlag("--batch");
        boolean explain = invocation.hasFlag("--explain");
        Language language = invocation.hasFlag("--it") ? Language.IT : Language.EN;
        List<String> words = invocation.positional();
        if (batch && !words.isEmpty()) {
            throw new UsageException("ask --batch reads questions from stdin, one per line; give no question argument");
        }
        if (!batch && words.isEmpty()) {
            throw new UsageException("ask needs a question, e.g. ask --json \"Does studio attendance expire?\"");
        }
        try (Advisor advisor = Advisor.load(invocation.knowledgeDir(), invocation.configDir())) {
            ChatCore chat = advisor.chat();
            if (!batch) {
                print(invocation, chat.answer(String.join(" ", words), language), json, explain);
                return OK;
            }
            String line;
            while ((line = invocation.in().readLine()) != null) {
                print(invocation, chat.answer(line, language), json, explain);
            }
            invocation.out().flush();
            return OK;
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
        if (explain) {
            root.set("explain", JSON.valueToTree(explanation(answer)));
        }
        return root;
    }

    private static Explanation explanation(QuestionAnswer answer) {
        return answer.snapshot().search().explain(answer.result());
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
