package dev.boundary.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * JMH benchmarks of the core on the JVM: the same {@link Workloads} the browser page times. Training
 * scores are epochs per second (each invocation trains from the initial weights); W2b's updates per
 * second are 100 × its score (JMH prints "ops/s": read epochs/s). W3 is milliseconds per field.
 *
 * <p>Run with {@code mvn -B -Pbench -DskipTests -Dbench.browser.skip=true verify}; JMH options go in
 * {@code -Dbench.jmh="…"} (e.g. {@code -Dbench.jmh="-f 1 -i 3 w2b"}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class CoreBenchmarks {
    private static final int LOGISTIC_EPOCHS = 1000;
    private static final int FULL_BATCH_EPOCHS = 100;
    private static final int MINI_BATCH_EPOCHS = 10;

    private Workloads workloads;

    @Setup
    public void setUp() {
        workloads = new Workloads();
    }

    /** W1: logistic regression, full batch, rate 0.5; epochs/s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(LOGISTIC_EPOCHS)
    public double w1LogisticEpochs() {
        return workloads.trainLogistic(LOGISTIC_EPOCHS);
    }

    /** W2a: 2-8-8-1 tanh, full batch, rate 0.1; epochs/s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(FULL_BATCH_EPOCHS)
    public double w2aFullBatchEpochs() {
        return workloads.trainFullBatch(FULL_BATCH_EPOCHS);
    }

    /** W2b: 2-8-8-1 tanh, mini-batches of 10; epochs/s (× 100 = updates/s). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MINI_BATCH_EPOCHS)
    public double w2bMiniBatchEpochs() {
        return workloads.trainMiniBatch(MINI_BATCH_EPOCHS);
    }

    /** W3: p̂ on the 200 × 200 grid and its RGBA pixels; ms per field. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double w3FieldMillis() {
        return workloads.paintField();
    }
}
