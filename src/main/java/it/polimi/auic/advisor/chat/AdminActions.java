package it.polimi.auic.advisor.chat;

/** What admins can ask of the running advisor from the chat; results are short texts for a reply. */
public interface AdminActions {

    AdminActions NONE = new AdminActions() {
        @Override
        public String reload() {
            return "Reloading is not available here.";
        }

        @Override
        public String unansweredReport() {
            return "The log of unanswered questions is not available here.";
        }
    };

    /** Reloads knowledge/ and config/ now; says what changed or why the edit was refused. */
    String reload();

    /** The most frequent unanswered questions and unhelpful answers, grouped. */
    String unansweredReport();
}
