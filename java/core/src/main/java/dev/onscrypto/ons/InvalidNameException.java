package dev.onscrypto.ons;

import dev.onscrypto.InvalidInputException;

/** An ONS name broke a rule of its mapping type; {@link #rule()} says which. */
public class InvalidNameException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final NameRule rule;

    public InvalidNameException(NameRule rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The rule the name broke. */
    public NameRule rule() {
        return rule;
    }
}
