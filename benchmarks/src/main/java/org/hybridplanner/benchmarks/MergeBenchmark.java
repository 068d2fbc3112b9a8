package org.hybridplanner.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.change.PlanMerge;
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

/**
 * The three-way merge of two edits of a generated plan ({@link PlanMerge}), as a save that meets a newer version
 * runs it: one side renames the factory and 10 stores, the other changes the region, renames 10 other stores,
 * removes a flow and adds a store. Sampled, so that JMH reports the median and the 95th percentile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class MergeBenchmark {
    @Param({"1000"})
    public int stores;

    private Plan base;
    private Plan mine;
    private Plan theirs;

    @Setup(Level.Trial)
    public void generateEdits() {
        RecommendationEngine engine = RecommendationEngine.standard();
        base = new EstateGenerator(engine.catalog(), PlanBenchmark.SEED).generate(stores);
        DataFactory factory = base.dataFactory();
        mine = with(base, new DataFactory(factory.name() + "-renamed", factory.region(), factory.endpointStyle()),
                renamed(base.dataStores(), 0), base.flows());
        List<DataStore> theirStores = new ArrayList<>(renamed(base.dataStores(), 500));
        DataStore any = base.dataStores().getFirst();
        theirStores.add(new DataStore("added-store", "Added store", any.type(), any.location()));
        List<Flow> theirFlows = base.flows().subList(1, base.flows().size());
        theirs = with(base, new DataFactory(factory.name(), "northeurope", factory.endpointStyle()), theirStores,
                theirFlows);
        PlanMerge check = PlanMerge.of(base, mine, theirs);
        if (!check.isClean() || check.incoming().changes().size() != 13) {
            throw new IllegalStateException("The generated edits should merge cleanly: " + check.conflicts());
        }
    }

    @Benchmark
    public PlanMerge merge() {
        return PlanMerge.of(base, mine, theirs);
    }

    private static List<DataStore> renamed(List<DataStore> stores, int from) {
        List<DataStore> renamed = new ArrayList<>(stores);
        for (int i = from; i < from + 10; i++) {
            DataStore store = renamed.get(i);
            renamed.set(i, new DataStore(store.id(), store.name() + " (renamed)", store.type(), store.location(),
                    store.connector()));
        }
        return renamed;
    }

    private static Plan with(Plan plan, DataFactory factory, List<DataStore> stores, List<Flow> flows) {
        return new Plan(plan.schemaVersion(), plan.name(), factory, plan.locations(), plan.links(), stores, flows,
                plan.runtime(), plan.credentials());
    }
}
