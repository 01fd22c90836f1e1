package org.salondesk.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.salondesk.staff.Passwords;

/**
 * One password check at sign-in (Argon2id with the desk's parameters, decision 0023): it should take 100–300 ms on the
 * 2-core machine. Each check is timed on its own, so the report's percentiles are those of single sign-ins.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class PasswordBenchmark {

    private final char[] password = "correct horse battery".toCharArray();
    private String stored;

    @Setup
    public void hashOnce() {
        stored = Passwords.hash(password);
    }

    @Benchmark
    public boolean check() {
        return Passwords.matches(password, stored);
    }
}
