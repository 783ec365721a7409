package org.childmaintenance.calculation;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Estimates per second on one thread over the mix of all 44 worked examples, with and without the
 * breakdown (in English and in Welsh). How to run it: BENCHMARKS.md. Surefire skips this class (*Benchmark*).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 2)
public class CalculationBenchmark {

    private static final java.util.Locale WELSH = java.util.Locale.of("cy", "GB");
    private final CalculationEngine engine = new CalculationEngine();
    private CalculationInput[] inputs;
    private int next;

    @Setup
    public void readVectors() {
        inputs = CalculationVectors.all().stream().map(CalculationVectors.Vector::calculationInput)
                .toArray(CalculationInput[]::new);
    }

    private CalculationInput nextInput() {
        CalculationInput input = inputs[next];
        next = next + 1 == inputs.length ? 0 : next + 1;
        return input;
    }

    /** One estimate (validation + calculation), figures only. */
    @Benchmark
    public CalculationResult withoutBreakdown() {
        return engine.calculateWithoutBreakdown(nextInput());
    }

    /** One estimate with the step-by-step breakdown, as the calculator page and the API use it. */
    @Benchmark
    public CalculationResult withBreakdown() {
        return engine.calculate(nextInput());
    }

    /** The same with the breakdown in Welsh (the calculator page and the API for a Welsh reader). */
    @Benchmark
    public CalculationResult withWelshBreakdown() {
        return engine.calculate(nextInput(), WELSH);
    }

    /** Runs this benchmark; takes the usual JMH command-line options (e.g. {@code -f 2 -wi 5}). */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        String[] withInclude = new String[args.length + 1];
        System.arraycopy(args, 0, withInclude, 0, args.length);
        withInclude[args.length] = CalculationBenchmark.class.getSimpleName();
        new Runner(new CommandLineOptions(withInclude)).run();
    }
}
