package dev.onscrypto.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the subcommands: the shared options and the streams of the root {@link OnsCli}. */
abstract class CliCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    OnsCli cli() {
        return (OnsCli) spec.root().userObject();
    }

    PrintStream out() {
        return cli().out();
    }

    /** Prints the result and returns exit status 0. */
    int print(Output output) {
        output.print(out(), common.json);
        return ExitCodes.OK;
    }
}
