package org.salondesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.salondesk.backup.BackupCopy;
import org.salondesk.backup.BackupProgress;
import org.salondesk.backup.CheckedCopy;
import org.salondesk.backup.RestoreOutcome;
import org.salondesk.persistence.Backups;

/**
 * Settings → Backups on {@link BenchSalon}'s ≈ 200 000 bookings, each step timed once per iteration: "Back up now"
 * (the copy and its read-only check), the self-check before a restore, and the restore itself (the copy aside, then
 * the replacement; the log says how long other desks waited: "Database restored from ... in N ms"). The restore puts
 * back a copy of the same data, so the salon stays as it was for the other benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class BackupBenchmark {

    private BenchSalon salon;
    private BackupCopy copy;
    private CheckedCopy checked;

    @Setup
    public void open() {
        salon = BenchSalon.open();
        copy = salon.desk.backups().backUpNow(Optional.empty(), BackupProgress.NONE).copy();
    }

    @TearDown
    public void close() throws IOException {
        salon.desk.close();
        deleteCopies();
    }

    /** A checked copy ready for {@link #restore()}. */
    @Setup(Level.Invocation)
    public void check() {
        checked = salon.desk.backups().check(copy, BackupProgress.NONE);
    }

    @TearDown(Level.Invocation)
    public void forget() {
        checked.close();
    }

    @Benchmark
    public BackupCopy backUpNow() {
        return salon.desk.backups().backUpNow(Optional.empty(), BackupProgress.NONE).copy();
    }

    @Benchmark
    public CheckedCopy selfCheck() {
        try (CheckedCopy again = salon.desk.backups().check(copy, BackupProgress.NONE)) {
            return again;
        }
    }

    @Benchmark
    public RestoreOutcome restore() {
        return salon.desk.backups().restore(checked, BackupProgress.NONE);
    }

    /** The copies the runs made: the benchmark data is not to grow with every run. */
    private void deleteCopies() throws IOException {
        Path folder = salon.desk.backups().folder().orElseThrow();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith(Backups.PREFIX)).toList()) {
                Files.delete(file);
            }
        }
    }
}
