package dev.onscrypto.vectors;

/**
 * The result of one case.
 *
 * @param index   position in the file's {@code vectors} array (Wycheproof: the {@code tcId})
 * @param op      the case's op (Wycheproof: {@code wycheproof:<algorithm>})
 * @param comment the case's comment, or empty
 * @param outcome passed, failed or skipped
 * @param detail  why it failed or was skipped; empty when passed
 */
public record CaseResult(int index, String op, String comment, Outcome outcome, String detail) {}
