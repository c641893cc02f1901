package it.polimi.auic.advisor.chat.flow;

/** Stand-in until the calculator flows land from their branch. */
public enum FlowId { ADMISSION, MERIT, ALLIANCE4TECH, STUDIO, GPARAM }
