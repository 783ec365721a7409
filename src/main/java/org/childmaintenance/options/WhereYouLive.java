package org.childmaintenance.options;

/** Where the person asking lives: the CMS covers Great Britain; Northern Ireland has its own service. */
public enum WhereYouLive {
    GREAT_BRITAIN, NORTHERN_IRELAND, ELSEWHERE
}
