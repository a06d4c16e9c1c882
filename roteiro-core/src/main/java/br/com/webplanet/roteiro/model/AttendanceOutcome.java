package br.com.webplanet.roteiro.model;

/** How an attendance (a contact the team handled) ended. */
public enum AttendanceOutcome {
    RESOLVED, UNRESOLVED, FOLLOW_UP, REQUEST
}
