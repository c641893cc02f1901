package it.polimi.auic.advisor.chat;

/** What admins can ask of the running advisor from the chat; results are short texts for a reply. */
public interface AdminActions {

    AdminActions NONE = new AdminActions() {
        @Override
        public String reload() {
            return "Reloading is not available here.";
        }

        @Override
        public String confirmReload() {
            return reload();
        }

        @Override
        public String unansweredReport() {
            return "The log of unanswered questions is not available here.";
        }
    };

    /** Reloads knowledge/ and config/ now; says what changed, why the edit was refused or why it is held back. */
    String reload();

    /** Serves the edit held back because it removes a lot (/reload confirm); says what changed. */
    String confirmReload();

    /** The most frequent unanswered questions and unhelpful answers, grouped. */
    String unansweredReport();
}
