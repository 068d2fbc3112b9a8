package org.hybridplanner.benchmarks;

import java.util.concurrent.TimeUnit;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanReader;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.ValidatedPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine against the parse of the same plan file: {@code recommend} on the plan {@link PlanReader#read(byte[])}
 * validated (the engine alone, as the command line runs it), {@code recommendPlan} on the same plan in memory
 * (one validation, then the engine), and the plan's JSON bytes through {@code PlanReader.read} (parse and
 * validation) and through a plain Jackson {@code readTree}. The defaults keep a full run of all sizes under a few
 * minutes on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 2)
public class PlanBenchmark {
    /** The seed every run uses, so that all runs measure the same plans. */
    public static final long SEED = 20260101L;

    @Param({"100", "1000", "10000"})
    public int stores;

    private RecommendationEngine engine;
    private PlanReader reader;
    private JsonMapper mapper;
    private Plan plan;
    private ValidatedPlan validated;
    private byte[] json;

    @Setup(Level.Trial)
    public void generatePlan() {
        engine = RecommendationEngine.standard();
        reader = engine.reader();
        mapper = JsonMapper.builder().build();
        plan = new EstateGenerator(engine.catalog(), SEED).generate(stores);
        json = new PlanWriter().writeBytes(plan);
        PlanReadResult check = reader.read(json);
        if (!check.isValid()) {
            throw new IllegalStateException("The generated plan is invalid: " + check.problems());
        }
        validated = check.validated();
    }

    /** The engine on a plan its reader validated: what {@code planner.jar recommend} runs after reading. */
    @Benchmark
    public Recommendation recommend() {
        return engine.recommend(validated);
    }

    /** A plan built in memory (an editor's): validated once, then recommended. */
    @Benchmark
    public Recommendation recommendPlan() {
        return engine.recommend(plan);
    }

    /** {@code PlanValidator.validate} alone: what {@link #recommendPlan} adds to {@link #recommend}. */
    @Benchmark
    public Object validate() {
        return engine.validator().validate(plan);
    }

    @Benchmark
    public PlanReadResult planReaderRead() {
        return reader.read(json);
    }

    @Benchmark
    public JsonNode jacksonReadTree() {
        return mapper.readTree(json);
    }
}
