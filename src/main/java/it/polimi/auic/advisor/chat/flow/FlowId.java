package it.polimi.auic.advisor.chat.flow;

/** The guided calculator conversations, each with the command that starts it. */
enum FlowId {
    ADMISSION("/admission"),
    MERIT("/merit"),
    ALLIANCE4TECH("/alliance"),
    STUDIO("/studio"),
    GPARAM("/g");

    private final String command;

    FlowId(String command) {
        this.command = command;
    }

    /** The command that starts the flow (other spellings are recognised too, see {@link FlowTriggers}). */
    String command() {
        return command;
    }
}
