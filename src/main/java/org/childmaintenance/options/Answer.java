package org.childmaintenance.options;

/** A yes/no question where "I do not know" is a real answer (UX.md: offer it where it is). */
public enum Answer {
    YES, NO, DONT_KNOW
}
