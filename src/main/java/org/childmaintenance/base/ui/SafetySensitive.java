package org.childmaintenance.base.ui;

/**
 * Marks a page about domestic abuse, safety or a withheld address: the layout then shows the
 * "Exit this page" control (UX.md §4). Not site-wide, on purpose.
 */
public interface SafetySensitive {
}
