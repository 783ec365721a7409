package org.childmaintenance.notices;

/**
 * Implemented by the feature that holds the safety flag (LC-17.6; the cases feature's party record).
 * A flagged person gets notices only on channels they confirmed themselves in Settings. Every
 * implementation is asked; with none, nobody counts as flagged.
 */
public interface SafetyFlags {
    boolean hasSafetyFlag(long accountId);
}
