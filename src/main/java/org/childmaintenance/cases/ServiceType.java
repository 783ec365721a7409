package org.childmaintenance.cases;

/** How payments are managed (LC-7.1). */
public enum ServiceType {
    DIRECT_PAY, COLLECT_AND_PAY
}
