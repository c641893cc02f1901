/** Logging to stderr, configured in code, with the bot token masked from every line whoever writes it. */
package it.polimi.auic.advisor.logging;
