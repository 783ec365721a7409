package org.childmaintenance.outreach;

/** What a person wants to talk about (routes the request to someone who knows it). */
public enum Topic {
    WHICH_OPTION, HOW_MUCH, FAMILY_ARRANGEMENT, APPLYING, SOMETHING_ELSE
}
