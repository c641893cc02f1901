/** How a reply looks on Telegram: its blocks as HTML (and as plain text), split into messages that fit the limit. */
package it.polimi.auic.advisor.telegram.format;
