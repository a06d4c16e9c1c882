package br.com.webplanet.roteiro.model;

/** State of an issue in the issue tracker. */
public enum IssueState {
    OPEN, CLOSED
}
