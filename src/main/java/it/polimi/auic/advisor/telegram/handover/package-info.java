/**
 * "Ask the School's staff" on Telegram: a student's question posted in the staff chat (its text only), the link
 * from that post back to the student's chat kept in the data folder while no reply came, and the staff's replies
 * relayed to the student. The link is the only personal data the bot keeps; see {@link HandoverLinks}.
 */
package it.polimi.auic.advisor.telegram.handover;
