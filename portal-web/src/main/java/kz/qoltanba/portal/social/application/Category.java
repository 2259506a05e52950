package kz.qoltanba.portal.social.application;

/** The registry an application is for; this part of the portal files TSR applications. */
public enum Category {
    TSR,
    GSP,
    MSU,
    SPECIALIST
}
