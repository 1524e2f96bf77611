package org.ccadmin.skills.domain;

/** Boolean attributes hold true or false; proficiency attributes a level from 1 to 10 (10 highest). */
public enum AttributeType {
    BOOLEAN, PROFICIENCY
}
