package org.childmaintenance.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production key into Spring Boot's short "APPLICATION FAILED TO START" report. */
class MissingKeyFailureAnalyzer extends AbstractFailureAnalyzer<SecretKeys.MissingKey> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecretKeys.MissingKey cause) {
        return new FailureAnalysis(cause.getMessage(), "Set " + cause.variable() + " in the environment and start again.",
                cause);
    }
}
