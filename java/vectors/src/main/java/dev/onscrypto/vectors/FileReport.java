package dev.onscrypto.vectors;

import java.util.List;

import dev.onscrypto.primitives.BackendKind;

/** Every case of one vector file on one backend. */
public record FileReport(String file, BackendKind backend, List<CaseResult> cases) {

    public FileReport {
        cases = List.copyOf(cases);
    }

    public long count(Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    public long passed() {
        return count(Outcome.PASSED);
    }

    public long failed() {
        return count(Outcome.FAILED);
    }

    public long skipped() {
        return count(Outcome.SKIPPED);
    }
}
