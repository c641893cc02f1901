/**
 * The bot's saved state: which updates are done, kept in the data folder so that a restart neither answers a
 * message twice nor skips one.
 */
package it.polimi.auic.advisor.telegram.offset;
